package main

import (
	"fmt"

	"github.com/asylumpacket/packet/internal/casegen"
)

// The immigration-court-persian example: Maryam Rezaei, a literature
// teacher in Isfahan who was detained and charged before a Revolutionary
// Court for an open letter, and who fled through Guangzhou and Addis Ababa.
// All of it is invented.
//
// The case file carries her name and several titles in Persian, Amharic and
// Chinese; the generated files do not, since the scans' bitmap font is ASCII
// and the text PDFs' fonts draw no Persian, Amharic or Chinese. A document
// written in Persian is therefore a scan whose lines of script are drawn as
// grey text-like bars, with its digits legible.

func rezaei() []file {
	return []file{
		{"evidence/passport.jpg", 1, scan(rezaeiPassport())},
		{"evidence/declaration.md", 0, text(rezaeiDeclaration)},
		{"evidence/summons-fa.jpg", 1, scan(revolutionaryCourtSummons())},
		{"evidence/summons-en.pdf", 1, pdf(revolutionaryCourtSummonsEN())},
		{"evidence/father-letter-fa.jpg", 1, scan(fatherLetter())},
		{"evidence/hotel-receipt.pdf", 1, pdf(hotelReceipt())},
		{"evidence/transit-visa.jpg", 1, scan(transitVisa())},
		{"evidence/itinerary.pdf", 1, pdf(itinerary())},
		{"evidence/wajm-teachers-report-2026.pdf", 24, pdf(teachersReport())},
	}
}

func rezaeiPassport() casegen.Scan {
	return casegen.Scan{
		DPI: 100, Quality: 70, Seed: 3, Portrait: true, Filler: -1,
		Heading: []string{"ISLAMIC REPUBLIC OF IRAN", "PASSPORT"},
		Lines: []string{
			"Type: P     Code: IRN",
			"Passport No.: Y47310582",
			"Surname: REZAEI",
			"Given names: MARYAM",
			"Father's name: HOSSEIN",
			"Date of birth: 14/05/1996",
			"Sex: F   Place of birth: ISFAHAN",
			"Date of issue: 02/08/2023",
			"Date of expiry: 01/08/2028",
		},
		Bottom: []string{
			"P<IRNREZAEI<<MARYAM<<<<<<<<<<<<<<<<<<<<<<<<<",
			"Y473105822IRN9605143F2808015<<<<<<<<<<<<<<06",
		},
	}
}

// rezaeiDeclaration is the applicant's declaration in Markdown, typeset by
// packet; it cites exhibits by id. She does not read English: packet adds
// the certificate of interpretation that case.yaml asks for.
const rezaeiDeclaration = `# Declaration of Maryam Rezaei

I, Maryam Rezaei, declare as follows:

## Who I am

1. I was born on May 14, 1996, in Isfahan, Iran. I am a citizen of Iran. My native language is Persian (Farsi); I understand only a little English. This declaration was prepared in English from what I told my attorney, and it was read back to me in full in Persian by an interpreter before I signed it.

2. I studied Persian literature at university in Isfahan. From 2019 until October 2025 I taught Persian literature at a girls' secondary school in Isfahan. Until I left Iran I lived with my parents.

## The reading circle and the open letter

3. In 2024 I began a reading circle for women teachers. We met on Thursday evenings in my parents' house to read poetry and to talk about our work: our pay, the rules on our dress and conduct, and colleagues who had been dismissed.

4. In May 2025 a colleague of mine was dismissed because she had been photographed outside school without a headscarf. I wrote an open letter asking for her reinstatement and for an end to the monitoring of teachers' private lives. Forty-one teachers signed it. On June 2, 2025, I published it on my public social media account, and it was shared many thousands of times.

5. Two weeks later I was called to the security office of the provincial education department. A man who did not give his name told me to delete the letter and to give him the names of the women in the reading circle. I refused.

## My arrest and interrogation

6. At about 6 a.m. on September 20, 2025, three men in plain clothes came to my parents' house. They did not show a warrant. They searched my room, took my telephone, my laptop and my books, blindfolded me and drove me away.

7. I was held for four days in a small cell alone. Every day I was interrogated for many hours, blindfolded and facing a wall, about the reading circle, the letter and my "contacts with foreign media", which I never had. The interrogator slapped me twice. He told me that I would spend years in prison and that my father would lose his house because of me. On the third day I was made to sign pages that I was not allowed to read.

8. On September 24, 2025, I was released after my father put up the deed of his house as bail. In October 2025 I was dismissed from my school.

## The summons

9. On November 8, 2025, I received a summons from Branch 7 of the Islamic Revolutionary Court of Isfahan, charging me with propaganda against the Islamic Republic and with assembly and collusion against national security, and ordering me to appear on December 6, 2025 ({{ref "summons"}}). The lawyer my father found for me was not allowed to see my file. He told me that teachers charged with the same offences had been sentenced to five years in prison or more.

## How I left Iran

10. I decided to leave before the hearing. The officers had not taken my passport ({{ref "passport"}}), which was kept at my aunt's house. A travel agent obtained a tourist visa for China for me, one of the few visas I could get quickly. On November 20, 2025, I flew from Tehran to Guangzhou. I was afraid of being stopped at the airport, but I was not.

11. In Guangzhou I stayed four nights in a hotel near the airport while the agent arranged my onward tickets ({{ref "hotel-receipt"}}). On November 25, 2025, I flew to Addis Ababa, where I was given a transit visa and waited two nights, and on November 28, 2025, I flew on to São Paulo ({{ref "transit-visa"}}).

12. I did not ask for protection in China, Ethiopia or Brazil. I was in each of them only for a few days, I did not speak the language and I knew nobody there; my cousin, the only family I have outside Iran, lives in Los Angeles. From Brazil I travelled north by bus and on foot for more than two months. On February 3, 2026, I entered the United States near San Diego and asked for protection.

## What happened after I left

13. On December 7, 2025, the day after the hearing I did not attend, two officers came to my parents' house and asked where I was. My father was summoned to the court twice and told that the bail would be forfeited and the house taken unless he brought me back. In the summer of 2026 the court declared the bail forfeited ({{ref "father-letter"}}).

## What I fear

14. If I am returned to Iran, I believe that I will be arrested at the airport, imprisoned for many years and mistreated again, as other teachers and women who spoke out have been ({{ref "wajm-report"}}). My father has already been punished for my letter, and I cannot return to live quietly, because I will not take back what I wrote.

I declare under penalty of perjury under the laws of the United States of America that the foregoing is true and correct.

Maryam Rezaei  
Los Angeles, California, January 19, 2027
`

// revolutionaryCourtSummons is the summons as the applicant's father sent
// it: an A5 form whose Persian text shows as grey lines, its numbers and
// the court's stamp legible.
func revolutionaryCourtSummons() casegen.Scan {
	return casegen.Scan{
		Size: casegen.Size{W: 419.53, H: 595.28}, // A5
		DPI:  100, Quality: 60, Seed: 4, Stamp: true, Filler: 14,
		Lines: []string{"140403680000417", "1404/08/17"},
	}
}

func revolutionaryCourtSummonsEN() casegen.TextDoc {
	return casegen.TextDoc{
		Pages:  1,
		Filler: casegen.TopicNone,
		Letterhead: []string{"[Translation from Persian]", "Islamic Republic of Iran, Judiciary",
			"Islamic Revolutionary Court of Isfahan, Branch 7"},
		Title: "Summons of the Accused",
		Paragraphs: []string{
			"File No.: 140403680000417",
			"Date of issue: 17 Aban 1404 (November 8, 2025)",
			"Accused: Ms. Maryam Rezaei, father's name Hossein, national ID No. [redacted], residing in Isfahan",
			"Charges: propaganda against the Islamic Republic; assembly and collusion to act against national security.",
			"You are summoned to appear before Branch 7 of the Islamic Revolutionary Court of Isfahan on Saturday, 15 Azar 1404 (December 6, 2025), at 9:00 a.m., to answer the charges and present your defence. You may be accompanied by your lawyer.",
			"If you fail to appear without a legitimate excuse, a warrant for your arrest will be issued and the bail posted for your release will be forfeited.",
			"Translator's note: the dates in the original follow the Iranian (Solar Hijri) calendar; their Gregorian equivalents are given in parentheses.",
		},
		Signature: []string{"Head of Branch 7, Islamic Revolutionary Court of Isfahan", "(signature, seal of the court)"},
	}
}

// fatherLetter is Hossein Rezaei's handwritten letter in Persian; its
// translation is written in case.yaml, where packet typesets it.
func fatherLetter() casegen.Scan {
	return casegen.Scan{
		Size: casegen.A4,
		DPI:  80, Quality: 60, Seed: 5, Gray: true, Filler: 26,
		Lines: []string{"1405/09/19"},
	}
}

func hotelReceipt() casegen.TextDoc {
	charges := &casegen.Table{
		Header: []string{"Date", "Description", "Amount (CNY)"},
		Widths: []float64{1.2, 2.6, 1.2},
	}
	for d := 21; d <= 24; d++ {
		charges.Rows = append(charges.Rows, []string{fmt.Sprintf("%d Nov 2025", d), "Room 1207, standard single", "298.00"})
	}
	charges.Rows = append(charges.Rows,
		[]string{"23 Nov 2025", "Laundry", "35.00"},
		[]string{"", "Total", "1,227.00"},
		[]string{"25 Nov 2025", "Paid in cash", "-1,227.00"},
		[]string{"", "Balance", "0.00"})
	return casegen.TextDoc{
		Size:       casegen.Size{W: 419.53, H: 595.28}, // A5
		Pages:      1,
		Filler:     casegen.TopicNone,
		Letterhead: []string{"Baiyun Garden Transit Hotel", "88 Example Road, Baiyun District, Guangzhou, China", "Tel. +86 20 5555 0148"},
		Title:      "Guest Folio and Receipt",
		Paragraphs: []string{
			"Receipt No. GZ-20251125-0417",
			"Guest: REZAEI MARYAM. Nationality: Iran. Passport No. Y47310582",
			"Arrival: 21 Nov 2025, 02:40. Departure: 25 Nov 2025, 18:05",
		},
		Table:     charges,
		Signature: []string{"Front desk: Li W.", "Thank you for staying with us."},
	}
}

// transitVisa is the visa sticker in her passport, scanned with the page
// around it.
func transitVisa() casegen.Scan {
	return casegen.Scan{
		Size: casegen.Size{W: 504, H: 360}, // a passport page on a 7 x 5 inch scan
		DPI:  120, Quality: 65, Seed: 7, Stamp: true, Filler: -1,
		Heading: []string{"FEDERAL DEMOCRATIC REPUBLIC OF ETHIOPIA", "TRANSIT VISA"},
		Lines: []string{
			"Visa No.: TV0458213   Entries: 1",
			"Name: REZAEI MARYAM",
			"Passport No.: Y47310582   Nat.: IRN",
			"Issued: 26/11/2025 ADDIS ABABA",
			"Valid until: 29/11/2025 (72 HOURS)",
		},
	}
}

func itinerary() casegen.TextDoc {
	return casegen.TextDoc{
		Pages:      1,
		Filler:     casegen.TopicNone,
		Letterhead: []string{"Entoto Airways", "Electronic ticket itinerary and receipt"},
		Title:      "Passenger: REZAEI/MARYAM MS",
		Paragraphs: []string{
			"Booking reference: K7TQ2M. Ticket number: 745 2198304476. Issued: November 22, 2025, Guangzhou, by Huacheng Travel Service.",
			"Travel document: passport Y47310582 (Iran).",
			"Fare CNY 7,860.00, taxes CNY 1,214.00, total CNY 9,074.00, paid in cash.",
			"Passengers staying in Addis Ababa for more than 24 hours need a transit visa.",
		},
		Table: &casegen.Table{
			Caption: "Flights",
			Header:  []string{"Flight", "From", "To", "Departs", "Arrives", "Baggage"},
			Widths:  []float64{0.8, 1.6, 1.6, 1.5, 1.5, 0.8},
			Rows: [][]string{
				{"EN 607", "Guangzhou (CAN)", "Addis Ababa (ADD)", "25 Nov 2025 23:55", "26 Nov 2025 06:10", "2 PC"},
				{"EN 506", "Addis Ababa (ADD)", "Sao Paulo (GRU)", "28 Nov 2025 09:30", "28 Nov 2025 16:45", "2 PC"},
			},
		},
	}
}

// teachersReport is a fictional NGO report, of which the case cites the
// summary, the chapter on arrest and interrogation and the chapter on those
// who leave.
func teachersReport() casegen.TextDoc {
	const org = "West Asia Justice Monitor"
	d := report(org, []string{org, "Thematic report, September 2026"},
		"Iran: Teachers in the Dock. The Prosecution of Educators and Women Activists, 2024-2026",
		chapter(3, 401,
			"## 1. Summary",
			"This report documents the arrest and prosecution of teachers and women activists in Iran between January 2024 and June 2026. It is based on interviews with 52 former detainees, 19 relatives of detainees and 11 lawyers, and on the review of 64 indictments and judgments.",
			"Teachers who signed or published open letters, organised meetings or spoke to colleagues about their rights were summoned by the security offices of the education departments, dismissed, arrested and charged before Revolutionary Courts with national security offences. Of the 64 judgments reviewed, 58 imposed prison sentences, of between one and ten years.",
			"## Key findings",
			"Detainees were held in solitary confinement and interrogated blindfolded; most were pressured to sign statements they were not allowed to read. Relatives who posted bail, often in the form of the deed to the family home, were summoned and threatened with its forfeiture when the accused did not appear.",
		))
	d.Next = []casegen.TextDoc{
		chapter(4, 402, "## 2. Legal framework",
			"Revolutionary Courts try offences against national security, including propaganda against the state and assembly and collusion against national security. The definitions of these offences are broad, and lawyers report being denied access to the case file during the investigation."),
		chapter(4, 403, "## 3. Arrest, interrogation and detention",
			"Former detainees described arrests at dawn by officers in plain clothes who did not show a warrant, the seizure of telephones, computers and books, and transfer, blindfolded, to detention centres run by security agencies.",
			"Women detainees interviewed for this report described interrogations lasting many hours, facing a wall, with threats against their families and, in a third of the cases, slaps or blows. Most were released on bail after between three days and several weeks, pending trial.",
			"Lawyers said that statements signed during interrogation were routinely relied on at trial, including where the accused said they had signed under pressure or without reading them."),
		chapter(5, 404, "## 4. Teachers and women activists",
			"Teachers who signed open letters in 2024 and 2025 were summoned by the security offices of the provincial education departments and asked to name other signatories. Many were dismissed before any charge was brought."),
		chapter(4, 405, "## 5. Those who leave, and their families",
			"Persons charged with national security offences who leave the country are tried in absentia, and arrest warrants are issued against them. Former detainees who returned from abroad during the period covered were arrested on arrival and questioned about their activities abroad.",
			"The families of those who left were visited and questioned, parents were summoned to court, and bail posted in the form of property deeds was declared forfeited. Relatives reported being warned not to speak to foreign media or to human rights organisations."),
		chapter(4, 406, "## 6. Recommendations and methodology"),
	}
	return d
}
