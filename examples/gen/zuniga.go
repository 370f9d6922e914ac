package main

import (
	"time"

	"github.com/asylumpacket/packet/internal/casegen"
)

// The immigration-court example: Luis Ángel Zúñiga Peña, who ran a tyre
// repair shop in Honduras and refused to keep paying a gang. All of it is
// invented.

var zunigaInterpreter = casegen.Translator{
	Name:    "Diego Armando Salcedo",
	Address: "2150 Example Street, Suite 4, Houston, TX 77003",
	Phone:   "(713) 555-0164",
	Date:    "November 16, 2026",
}

func zuniga() []file {
	return []file{
		{"evidence/identity-card.jpg", 1, scan(identityCard())},
		{"evidence/declaration.pdf", 2, pdf(zunigaDeclaration())},
		{"evidence/shop-note.jpg", 1, photo(casegen.Photo{Width: 1024, Height: 768, Orientation: 8, Quality: 72, Seed: 8,
			Note:  []string{"YA SABEMOS QUE FUISTE A LA POLICIA.", "PAGAS O TE VAS."},
			Taken: time.Date(2024, 2, 19, 6, 30, 0, 0, time.UTC)})},
		{"evidence/extortion-messages.png", 1, screenshot(extortionScreenshot)},
		{"evidence/extortion-messages-en.pdf", 2, pdf(chatTranslation(extortionScreenshot, extortionEnglish, "Spanish",
			zunigaInterpreter, "Screenshot of messages received on February 12, 2024"))},
		{"evidence/caro-extortion-report-2026.pdf", 20, pdf(extortionReport())},
	}
}

func identityCard() casegen.Scan {
	return casegen.Scan{
		Size: casegen.Size{W: 612, H: 396}, // a half-Letter sheet: an odd paper size
		DPI:  100, Quality: 70, Seed: 2, Portrait: true, Filler: -1,
		Heading: []string{"REPUBLICA DE HONDURAS", "DOCUMENTO NACIONAL DE IDENTIFICACION"},
		Lines: []string{
			"Nombre: LUIS ANGEL",
			"Apellidos: ZUNIGA PENA",
			"Fecha de nacimiento: 07/09/1992",
			"Lugar: SAN PEDRO SULA, CORTES",
			"Numero: 0501-1992-XXXXX",
		},
	}
}

func zunigaDeclaration() casegen.TextDoc {
	return casegen.TextDoc{
		Title:    "Declaration of Luis Ángel Zúñiga Peña",
		Numbered: true,
		Paragraphs: []string{
			"I, Luis Ángel Zúñiga Peña, declare as follows:",
			"I was born on September 7, 1992, in San Pedro Sula, Honduras. I am a citizen of Honduras. I speak Spanish. This declaration was prepared in English and read back to me in Spanish by an interpreter, whose certificate is attached.",
			"## My shop and the payments",
			"From 2016 I ran a small tyre repair shop with my brother on the main road of our neighbourhood. In 2021, members of a gang that controls the neighbourhood came to the shop and told us that from then on we had to pay a weekly \"war tax\". We paid 500 lempiras a week for more than two years because we knew of other shop owners who had been hurt for refusing.",
			"In January 2024 they raised the amount to 2,000 lempiras a week, which was more than the shop earned. I told the man who collected the money that we could not pay it.",
			"## My report to the police",
			"On February 9, 2024, I went to the police station in the city centre and reported the extortion. I gave the names the collectors used and the number from which they sent messages. The officer wrote down my statement and told me that someone would contact me. Nobody did.",
			"Three days later, on February 12, 2024, I received messages from the same number saying that they knew I had gone to the police, and that I had until Friday to pay or leave (Exhibit D). On the morning of February 19, 2024, I found a note on the shutter of the shop saying, \"We know you went to the police. You pay or you leave.\" I took a photograph of it (Exhibit C).",
			"On the night of February 22, 2024, my cousin, who sometimes helped in the shop, was beaten by three men on his way home. They told him to give me a message: that the next one would be me.",
			"## Why I left",
			"I closed the shop and left San Pedro Sula with only a backpack on February 24, 2024. I stayed with an aunt in another city for two months, but a man from the neighbourhood saw me there, and the next week my aunt received a call asking for me. I understood that the gang has people everywhere and that the police could not or would not protect me, because the collectors knew about my report within three days.",
			"I entered the United States in September 2024 and asked for protection. I have been detained since then.",
			"## What I fear",
			"If I am returned to Honduras, I believe the gang will kill me for reporting them to the police and for refusing to pay. Other people in my country who reported extortion have been killed, and the police have not protected them (Exhibit E).",
			"I declare under penalty of perjury under the laws of the United States of America that the foregoing is true and correct.",
		},
		Signature: []string{"Luis Ángel Zúñiga Peña", "Houston, Texas, November 16, 2026"},
	}
}

var extortionScreenshot = casegen.Screenshot{
	Width: 540, Height: 1110, Contact: "+504 9555 0173", Clock: "19:12", Alpha: true,
	Messages: []casegen.Message{
		{Text: "Ya sabemos que fuiste a poner la denuncia.", Time: "18:55"},
		{Text: "Tenes hasta el viernes para pagar lo que debes.", Time: "18:56"},
		{Text: "No tengo ese dinero.", Time: "19:02", Sent: true},
		{Text: "Entonces te vas del barrio o te sacamos nosotros.", Time: "19:05"},
	},
}

var extortionEnglish = []string{
	"We already know you went and filed the report.",
	"You have until Friday to pay what you owe.",
	"I don't have that money.",
	"Then you leave the neighbourhood or we take you out ourselves.",
}

func extortionReport() casegen.TextDoc {
	const org = "Central America Rights Observatory"
	d := report(org, []string{org, "Thematic report, January 2026"}, "Honduras: Extortion and Forced Displacement",
		chapter(3, 201,
			"## 1. Summary",
			"Extortion of small businesses remains one of the main causes of internal and cross-border displacement in Honduras. This report is based on 64 interviews with displaced business owners and their relatives conducted in 2025, and on a review of published court decisions.",
			"Most interviewees had paid a weekly or monthly \"war tax\" for years before an increase they could not afford. Those who reported the extortion to the police described receiving threats within days of the report.",
		))
	d.Next = []casegen.TextDoc{
		chapter(5, 202, "## 2. How extortion works",
			"Gangs divide neighbourhoods into zones and assign collectors to each. Payments are collected weekly in cash or by transfer to accounts held in the names of third persons."),
		chapter(4, 203, "## 3. Reporting to the authorities",
			"Of the 64 interviewees, 23 had reported the extortion to the police. In 19 of those cases, the interviewee received threats referring to the report within two weeks. Interviewees and lawyers attributed this to information passing from police stations to gang members.",
			"None of the 23 reports led to a conviction. In 15 cases the interviewee was never contacted again by the authorities.",
			"Protection programmes for witnesses exist in law but, according to lawyers interviewed for this report, admit only a small number of people each year and rarely include business owners who have reported extortion."),
		chapter(4, 204, "## 4. Internal relocation",
			"Interviewees who moved to another city within Honduras reported being located by the same gang, or by an allied group, within weeks or months. Gangs share information between cities, and relatives who remain behind are questioned about those who left."),
		chapter(4, 205, "## 5. Recommendations and methodology"),
	}
	return d
}
