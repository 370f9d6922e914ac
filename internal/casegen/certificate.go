package casegen

// Translator is who certifies a translation.
type Translator struct {
	Name, Address, Phone string
	Date                 string // as printed, e.g. "November 18, 2026"
}

// CertificateOfTranslation returns a one-page part certifying the English
// translation of document from language, in words meant to satisfy both
// 8 CFR 103.2(b)(3) and 8 CFR 1003.33.
func CertificateOfTranslation(t Translator, language, document string) TextDoc {
	return certificate(t, "Certificate of Translation", "Translator",
		"I, "+t.Name+", certify that I am competent to translate from "+language+
			" into English, and that the attached English translation of the document entitled \""+document+
			"\" is complete and accurate, and true and accurate to the best of my knowledge and ability.")
}

// certificate is a one-page signed statement followed by the signer's
// particulars, as the court's manual asks of translators.
func certificate(t Translator, title, role, statement string) TextDoc {
	return TextDoc{
		Title: title,
		Paragraphs: []string{
			statement,
			role + "'s name: " + t.Name,
			"Address: " + t.Address,
			"Telephone: " + t.Phone,
			"Date: " + t.Date,
		},
		Signature: []string{t.Name},
		Pages:     1,
		Filler:    TopicNone,
	}
}
