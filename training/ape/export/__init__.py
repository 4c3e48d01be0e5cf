"""Export a trained APE model to a model directory (docs/model-format.md)."""
