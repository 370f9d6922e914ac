package pageread

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"

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
	engine.once.Do(func() { engine.pool, engine.err = newPool() })
	if engine.err != nil {
		return nil, fmt.Errorf("pageread: starting PDFium: %w", engine.err)
	}
	inst, err := engine.pool.GetInstanceWithContext(ctx)
	if err != nil {
		return nil, fmt.Errorf("pageread: %w", err)
	}
	return inst, nil
}

// newPool compiles PDFium, or loads it from the compilation cache, and
// makes a pool with an instance for each processor.
func newPool() (pdfium.Pool, error) {
	cfg := wazero.NewRuntimeConfig().WithCoreFeatures(api.CoreFeaturesV2 | experimental.CoreFeaturesExceptionHandling)
	if dir, err := os.UserCacheDir(); err == nil {
		if cache, err := wazero.NewCompilationCacheWithDir(filepath.Join(dir, "packet", "pdfium")); err == nil {
			cfg = cfg.WithCompilationCache(cache)
		}
	}
	n := runtime.GOMAXPROCS(0)
	return webassembly.Init(webassembly.Config{
		MinIdle: 0, MaxIdle: n, MaxTotal: n,
		FSConfig:      wazero.NewFSConfig(), // no folder of the machine is visible to PDFium
		RuntimeConfig: cfg,
		Stdout:        discard{}, Stderr: discard{},
	})
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
