#!/usr/bin/env python3
"""Writes the JPEG fixtures Go's image/jpeg cannot write: a CMYK JPEG (with
Adobe's marker, as Photoshop writes them) and a progressive JPEG. Each is
64x48 pixels, its left half one colour and its right half another, which
exhibits/images_test.go checks in the rendered packet.

Run from this folder with a Python that has Pillow (Debian: apt-get install
python3-pil): python3 images.py
"""
from PIL import Image


def halves(mode, left, right):
    img = Image.new(mode, (64, 48), left)
    img.paste(Image.new(mode, (32, 48), right), (32, 0))
    return img


# Cyan and yellow: inverted CMYK values would show red-black and blue-black.
halves("CMYK", (255, 0, 0, 0), (0, 0, 255, 0)).save("../cmyk.jpg", quality=95)
halves("RGB", (220, 30, 30), (30, 30, 220)).save("../progressive.jpg", quality=95, progressive=True)
