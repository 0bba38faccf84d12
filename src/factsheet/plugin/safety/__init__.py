"""The post-build safety check of the written HTML."""
