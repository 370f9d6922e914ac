package ocr

import (
	"context"
	"fmt"
	"os/exec"
	"slices"
	"strings"
	"sync"
)

// byName gives the tesseract languages that read a document written in a
// language, by the language's English name in lower case. Names people use
// for the same written language lead to the same data: Dari and Farsi are
// written Persian. A language written in two scripts reads with both.
var byName = map[string][]string{
	"afrikaans": {"afr"}, "albanian": {"sqi"}, "amharic": {"amh"}, "arabic": {"ara"},
	"armenian": {"hye"}, "assamese": {"asm"}, "azerbaijani": {"aze", "aze_cyrl"}, "azeri": {"aze", "aze_cyrl"},
	"basque": {"eus"}, "belarusian": {"bel"}, "bengali": {"ben"}, "bangla": {"ben"},
	"bosnian": {"bos"}, "breton": {"bre"}, "bulgarian": {"bul"}, "burmese": {"mya"},
	"catalan": {"cat"}, "cebuano": {"ceb"}, "cherokee": {"chr"},
	"chinese": {"chi_sim", "chi_tra"}, "simplified chinese": {"chi_sim"}, "traditional chinese": {"chi_tra"},
	"mandarin": {"chi_sim", "chi_tra"}, "cantonese": {"chi_tra", "chi_sim"},
	"corsican": {"cos"}, "croatian": {"hrv"}, "czech": {"ces"}, "danish": {"dan"}, "dari": {"fas"},
	"dhivehi": {"div"}, "dutch": {"nld"}, "dzongkha": {"dzo"}, "english": {"eng"}, "esperanto": {"epo"},
	"estonian": {"est"}, "faroese": {"fao"}, "farsi": {"fas"}, "filipino": {"fil"}, "tagalog": {"fil"},
	"finnish": {"fin"}, "french": {"fra"}, "frisian": {"fry"}, "galician": {"glg"}, "georgian": {"kat"},
	"german": {"deu"}, "greek": {"ell"}, "gujarati": {"guj"}, "haitian creole": {"hat"}, "haitian": {"hat"},
	"hebrew": {"heb"}, "hindi": {"hin"}, "hungarian": {"hun"}, "icelandic": {"isl"},
	"indonesian": {"ind"}, "inuktitut": {"iku"}, "irish": {"gle"}, "italian": {"ita"},
	"japanese": {"jpn"}, "javanese": {"jav"}, "kannada": {"kan"}, "kazakh": {"kaz"}, "khmer": {"khm"},
	"korean": {"kor"}, "kurmanji": {"kmr"}, "kurdish": {"kmr"}, "kyrgyz": {"kir"}, "lao": {"lao"},
	"latin": {"lat"}, "latvian": {"lav"}, "lithuanian": {"lit"}, "luxembourgish": {"ltz"},
	"macedonian": {"mkd"}, "malay": {"msa"}, "malayalam": {"mal"}, "maltese": {"mlt"}, "maori": {"mri"},
	"marathi": {"mar"}, "moldovan": {"ron"}, "mongolian": {"mon"}, "nepali": {"nep"}, "norwegian": {"nor"},
	"occitan": {"oci"}, "odia": {"ori"}, "oriya": {"ori"}, "pashto": {"pus"}, "persian": {"fas"},
	"polish": {"pol"}, "portuguese": {"por"}, "punjabi": {"pan"}, "quechua": {"que"}, "romanian": {"ron"},
	"russian": {"rus"}, "sanskrit": {"san"}, "scottish gaelic": {"gla"}, "serbian": {"srp", "srp_latn"},
	"sindhi": {"snd"}, "sinhala": {"sin"}, "slovak": {"slk"}, "slovenian": {"slv"}, "spanish": {"spa"},
	"sundanese": {"sun"}, "swahili": {"swa"}, "swedish": {"swe"}, "syriac": {"syr"}, "tajik": {"tgk"},
	"tamil": {"tam"}, "tatar": {"tat"}, "telugu": {"tel"}, "thai": {"tha"}, "tibetan": {"bod"},
	"tigrinya": {"tir"}, "tongan": {"ton"}, "turkish": {"tur"}, "ukrainian": {"ukr"}, "urdu": {"urd"},
	"uyghur": {"uig"}, "uzbek": {"uzb", "uzb_cyrl"}, "vietnamese": {"vie"}, "welsh": {"cym"},
	"yiddish": {"yid"}, "yoruba": {"yor"},
}

// ForLanguage returns the tesseract languages that read a document in the
// named language ("Bulgarian", "Dari"; case and spacing do not matter; ""
// is English). English is not added to another language: tesseract then
// reads some words of other scripts as Latin letters, and a name read so
// is a name not found. It reports false for a language it has no data
// name for.
func ForLanguage(name string) ([]string, bool) {
	key := strings.ToLower(strings.Join(strings.Fields(name), " "))
	if key == "" {
		return []string{"eng"}, true
	}
	langs, ok := byName[key]
	return slices.Clone(langs), ok
}

// ValidName reports whether s is written as a tesseract language is
// ("bul", "chi_sim", "script/Cyrillic"), so that it can be passed on.
func ValidName(s string) bool { return languageName.MatchString(s) }

// installed memoises `tesseract --list-langs` per program path.
var installed struct {
	sync.Mutex
	byPath map[string][]string
}

// Missing returns those of langs for which the tesseract on PATH has no
// data, each with how to install it; nil when all are there. Without
// tesseract the error wraps ErrNotInstalled.
func Missing(ctx context.Context, langs []string) ([]string, error) {
	path, err := lookPath()
	if err != nil {
		return nil, err
	}
	have, err := listLanguages(ctx, path)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, l := range langs {
		if !slices.Contains(have, l) {
			out = append(out, fmt.Sprintf("%q (%s)", l, InstallHint(l)))
		}
	}
	return out, nil
}

// InstallHint says how to add the data for one tesseract language.
func InstallHint(lang string) string {
	pkg := "tesseract-ocr-" + strings.ReplaceAll(strings.ToLower(lang), "_", "-")
	if script, ok := strings.CutPrefix(lang, "script/"); ok {
		base, vert := strings.CutSuffix(script, "_vert")
		code, ok := scriptCodes[base]
		if !ok {
			code = strings.ToLower(base)
		}
		if vert {
			code += "-vert"
		}
		pkg = "tesseract-ocr-script-" + code
	}
	return "on Debian or Ubuntu: apt-get install " + pkg +
		"; on macOS: brew install tesseract-lang; on Windows: choose it in the installer's additional languages"
}

// scriptCodes are the ISO 15924 codes that name Debian's packages of
// tesseract's script data ("script/Cyrillic" is in …-script-cyrl).
var scriptCodes = map[string]string{
	"Arabic": "arab", "Armenian": "armn", "Bengali": "beng", "Canadian_Aboriginal": "cans",
	"Cherokee": "cher", "Cyrillic": "cyrl", "Devanagari": "deva", "Ethiopic": "ethi",
	"Fraktur": "frak", "Georgian": "geor", "Greek": "grek", "Gujarati": "gujr", "Gurmukhi": "guru",
	"HanS": "hans", "HanT": "hant", "Hangul": "hang", "Hebrew": "hebr", "Japanese": "jpan",
	"Kannada": "knda", "Khmer": "khmr", "Lao": "laoo", "Latin": "latn", "Malayalam": "mlym",
	"Myanmar": "mymr", "Oriya": "orya", "Sinhala": "sinh", "Syriac": "syrc", "Tamil": "taml",
	"Telugu": "telu", "Thaana": "thaa", "Thai": "thai", "Tibetan": "tibt", "Vietnamese": "viet",
}

func listLanguages(ctx context.Context, path string) ([]string, error) {
	installed.Lock()
	defer installed.Unlock()
	if l, ok := installed.byPath[path]; ok {
		return l, nil
	}
	out, err := exec.CommandContext(ctx, path, "--list-langs").CombinedOutput()
	if ctxErr := ctx.Err(); ctxErr != nil {
		return nil, ctxErr
	}
	if err != nil {
		return nil, fmt.Errorf("ocr: %s --list-langs: %v: %s", path, err, firstLines(out, 3))
	}
	var langs []string
	for line := range strings.Lines(string(out)) {
		line = strings.TrimSpace(line)
		// The first line says where the data lies: "List of available
		// languages in "/usr/share/…" (3):".
		if line != "" && !strings.Contains(line, " ") {
			langs = append(langs, line)
		}
	}
	if installed.byPath == nil {
		installed.byPath = map[string][]string{}
	}
	installed.byPath[path] = langs
	return langs, nil
}
