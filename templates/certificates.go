package templates

import (
	"embed"
	"strings"
	"text/template"
)

//go:embed certificates/*.tmpl
var certificates embed.FS

// certificateTemplates are the certificates' wording, parsed once; a field
// missing from the data is an error, never "<no value>" in a filing.
var certificateTemplates = template.Must(template.New("").Option("missingkey=error").ParseFS(certificates, "certificates/*.tmpl"))

// Certificate returns the statement of the certificate name
// ("translation" or "interpretation") filled with data: paragraphs
// separated by blank lines, list items on lines starting with "- ".
func Certificate(name string, data any) (string, error) {
	var b strings.Builder
	if err := certificateTemplates.ExecuteTemplate(&b, name+".tmpl", data); err != nil {
		return "", err
	}
	return b.String(), nil
}
