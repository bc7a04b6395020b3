"""Known-image detection without looking: hashes of images (the pixels are dropped), hash lists, matching.

Himaya never needs, stores or shows the images themselves: an image is read once, hashed (MD5, SHA-1,
SHA-256 and the PDQ perceptual hash) and forgotten.
"""

__all__: list[str] = []
