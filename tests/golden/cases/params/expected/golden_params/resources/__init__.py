"""One module per resource; each holds a synchronous and an asynchronous class. Loaded on first use by the
client's attributes."""
