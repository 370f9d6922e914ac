package templates

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"sort"
)

// Schema is the JSON Schema of case files, version 1, for editors with a
// YAML language server (yaml-language-server, the VS Code YAML extension):
// it completes keys, shows their descriptions and flags mistakes while a
// case.yaml is written. The authoritative checks are the case loader's; the
// schema only mirrors them.
//
//go:embed case.schema.json
var Schema []byte

// SchemaKeys returns, for every object in Schema, the sorted names of its
// properties, keyed by the object's path:
//
//   - "" is the root of the case file;
//   - a property's object is named by the property, joined to its parent's
//     path with a dot: "applicant", "numbering";
//   - "[]" after a path stands for any element of that array:
//     "sections[]", "sections[].exhibits[]";
//   - where an element may take several forms (oneOf, anyOf), the keys of
//     every object form are merged under the one path:
//     "sections[].exhibits[].files[]" lists the keys of the object form of a
//     files entry (the string form has none).
//
// Only objects with properties are listed. Conditions ("if", "not") are not
// walked, as they restrict keys rather than declare them. It is meant for
// tests that keep the case loader's known keys and the schema in step.
func SchemaKeys() (map[string][]string, error) {
	var root any
	if err := json.Unmarshal(Schema, &root); err != nil {
		return nil, fmt.Errorf("templates: case schema: %w", err)
	}
	sets := map[string]map[string]bool{}
	if err := collectKeys(root, "", sets); err != nil {
		return nil, fmt.Errorf("templates: case schema: %w", err)
	}
	out := make(map[string][]string, len(sets))
	for path, set := range sets {
		names := make([]string, 0, len(set))
		for name := range set {
			names = append(names, name)
		}
		sort.Strings(names)
		out[path] = names
	}
	return out, nil
}

// collectKeys adds the property names declared by schema s, found at path,
// and by the schemas nested in it, to sets.
func collectKeys(s any, path string, sets map[string]map[string]bool) error {
	m, ok := s.(map[string]any)
	if !ok {
		if _, isBool := s.(bool); isBool {
			return nil // true or false: declares nothing
		}
		return fmt.Errorf("%s: schema is neither an object nor a boolean", where(path))
	}
	if _, ok := m["$ref"]; ok {
		return fmt.Errorf("%s: $ref is not supported here; write the schema inline", where(path))
	}
	if p, ok := m["properties"]; ok {
		props, ok := p.(map[string]any)
		if !ok {
			return fmt.Errorf("%s: properties is not an object", where(path))
		}
		if sets[path] == nil {
			sets[path] = map[string]bool{}
		}
		for name, sub := range props {
			sets[path][name] = true
			child := name
			if path != "" {
				child = path + "." + name
			}
			if err := collectKeys(sub, child, sets); err != nil {
				return err
			}
		}
	}
	if items, ok := m["items"]; ok {
		if err := collectKeys(items, path+"[]", sets); err != nil {
			return err
		}
	}
	for _, kw := range []string{"then", "else"} {
		if sub, ok := m[kw]; ok {
			if err := collectKeys(sub, path, sets); err != nil {
				return err
			}
		}
	}
	for _, kw := range []string{"allOf", "anyOf", "oneOf"} {
		v, ok := m[kw]
		if !ok {
			continue
		}
		list, ok := v.([]any)
		if !ok {
			return fmt.Errorf("%s: %s is not an array", where(path), kw)
		}
		for _, sub := range list {
			if err := collectKeys(sub, path, sets); err != nil {
				return err
			}
		}
	}
	return nil
}

func where(path string) string {
	if path == "" {
		return "root"
	}
	return path
}
