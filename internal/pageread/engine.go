package pageread

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	"github.com/klippa-app/go-pdfium"
	"github.com/klippa-app/go-pdfium/webassembly"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
)

// engine is the process's PDFium: compiled once, with an instance per
// concurrent reader.
var engine struct {
	once sync.Once
	pool pdfium.Pool
	err  error
}

// instance lends a PDFium instance, starting the engine the first time.
// Compiling the module takes about 3 s; the compiled code is kept in the
// user's cache folder (it holds nothing of any case), which brings later
// starts under 100 ms.
func instance(ctx context.Context) (pdfium.Pdfium, error) {
	engine.once.Do(func() {
		cfg := wazero.NewRuntimeConfig().WithCoreFeatures(api.CoreFeaturesV2 | experimental.CoreFeaturesExceptionHandling)
		if dir, err := os.UserCacheDir(); err == nil {
			if cache, err := wazero.NewCompilationCacheWithDir(filepath.Join(dir, "packet", "pdfium")); err == nil {
				cfg = cfg.WithCompilationCache(cache)
			}
		}
		n := runtime.GOMAXPROCS(0)
		engine.pool, engine.err = webassembly.Init(webassembly.Config{
			MinIdle: 0, MaxIdle: n, MaxTotal: n,
			FSConfig:      wazero.NewFSConfig(), // no folder of the machine is visible to PDFium
			RuntimeConfig: cfg,
			Stdout:        discard{}, Stderr: discard{},
		})
	})
	if engine.err != nil {
		return nil, fmt.Errorf("pageread: starting PDFium: %w", engine.err)
	}
	wait := 10 * time.Minute
	if d, ok := ctx.Deadline(); ok {
		wait = time.Until(d)
	}
	inst, err := engine.pool.GetInstance(wait)
	if err != nil {
		return nil, fmt.Errorf("pageread: %w", err)
	}
	return inst, nil
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
