"""buddy: a self-hosted Korean wellness (psychological counselling) chatbot."""

__version__ = "0.1.0"
