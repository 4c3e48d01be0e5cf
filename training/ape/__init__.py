"""APE model training and export (PyTorch); docs/model-format.md is the contract with the TypeScript runtime."""
