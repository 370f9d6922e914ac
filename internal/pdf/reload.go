package pdf

import (
	"crypto/sha256"
	"errors"
)

// SetSize gives the image a physical size, w×h points (a scan's size from
// its resolution): it is placed as content of that size rather than one
// point per pixel, so that a Letter page scanned at 300 dpi stays Letter.
// Sizes that are not positive are ignored.
func (im *Image) SetSize(w, h float64) {
	if w > 0 && h > 0 {
		im.size = [2]float64{w, h}
	}
}

// Size returns the size the image is placed at before fitting, in points:
// its physical size, or a point per pixel.
func (im *Image) Size() (w, h float64) {
	if im.size[0] > 0 {
		return im.size[0], im.size[1]
	}
	return float64(im.width), float64(im.height)
}

// Release drops the image's encoded data, to be made again by load when the
// packet is written: for a page of a large file that is cheaper to decode
// again than to hold. load must return the same image every time; other
// data (the file changed) make the write fail rather than show another
// picture. An image with a soft mask keeps its data.
func (im *Image) Release(load func() (*Image, error)) {
	if im.mask != nil || im.data == nil || load == nil {
		return
	}
	im.sum = sha256.Sum256(im.data)
	im.data, im.load = nil, load
}

// Held returns the bytes of encoded data the image holds in memory.
func (im *Image) Held() int {
	n := len(im.data)
	if im.mask != nil {
		n += len(im.mask.data)
	}
	return n
}

// encoded returns the image's data, made again when it was released.
func (im *Image) encoded() ([]byte, error) {
	if im.data != nil || im.load == nil {
		return im.data, nil
	}
	again, err := im.load()
	if err != nil {
		return nil, err
	}
	data := again.data
	if sha256.Sum256(data) != im.sum {
		return nil, errors.New("the file changed while the packet was being built")
	}
	return data, nil
}
