package templates

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"gopkg.in/yaml.v3"
)

// TestExamplesMatchSchema checks the shipped example case files against the
// schema, as an editor's YAML language server would.
func TestExamplesMatchSchema(t *testing.T) {
	schema := loadSchema(t)
	files, _ := filepath.Glob("../examples/*/case.yaml")
	if len(files) == 0 {
		t.Fatal("no examples found")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var doc any
		if err := yaml.Unmarshal(data, &doc); err != nil {
			t.Fatal(err)
		}
		// Through JSON, as the language server sees it: unquoted dates are text.
		b, err := json.Marshal(datesAsText(doc))
		if err != nil {
			t.Fatal(err)
		}
		var v any
		json.Unmarshal(b, &v)
		if problems := validate(schema, v, ""); len(problems) > 0 {
			t.Errorf("%s: %v", f, problems)
		}
	}
}

func datesAsText(v any) any {
	switch x := v.(type) {
	case time.Time:
		if x.Hour() == 0 && x.Minute() == 0 && x.Second() == 0 {
			return x.Format("2006-01-02")
		}
		return x.Format("2006-01-02T15:04")
	case map[string]any:
		for k, e := range x {
			x[k] = datesAsText(e)
		}
	case []any:
		for i, e := range x {
			x[i] = datesAsText(e)
		}
	}
	return v
}
