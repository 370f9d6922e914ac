package main

import (
	"fmt"
	"time"

	"github.com/asylumpacket/packet/internal/casegen"
)

// The asylum-office example: Ivana Petrova, a bookkeeper in Sofia who
// reported a criminal group to the police and was threatened for it. All of
// it is invented.

var petrovaTranslator = casegen.Translator{
	Name:    "Katerina Vasileva-Moore",
	Address: "310 Example Road, Montclair, NJ 07042",
	Phone:   "(973) 555-0126",
	Date:    "November 18, 2026",
}

func petrova() []file {
	return []file{
		{"evidence/passport.jpg", 1, scan(passportScan())},
		{"evidence/birth-certificate-bg.pdf", 1, pdf(birthCertificateBG())},
		{"evidence/birth-certificate-en.pdf", 1, pdf(birthCertificateEN())},
		{"evidence/declaration.md", 0, text(petrovaDeclaration)},
		{"evidence/police-complaint.pdf", 6, pdf(policeComplaint())},
		{"evidence/threat-messages.png", 1, screenshot(threatScreenshot)},
		{"evidence/threat-messages-en.pdf", 2, pdf(chatTranslation(threatScreenshot, threatEnglish, "Bulgarian",
			petrovaTranslator, "Screenshot of messages received on March 21, 2025"))},
		{"evidence/summons.pdf", 1, pdf(summons())},
		{"evidence/door-note.jpg", 1, photo(casegen.Photo{Width: 1280, Height: 960, Orientation: 6, Quality: 72, Seed: 6,
			Note:  []string{"ZNAEM KADE ZHIVEESH.", "OTTEGLI ZHALBATA."},
			Taken: time.Date(2025, 5, 10, 7, 45, 0, 0, time.UTC)})},
		{"evidence/medical-record.pdf", 2, pdf(medicalRecord())},
		{"evidence/prosecutor-decree.pdf", 2, pdf(prosecutorDecree())},
		{"evidence/sister-letter.pdf", 1, pdf(sisterLetter())},
		{"evidence/bjm-witness-report-2026.pdf", 12, pdf(witnessReport())},
		{"evidence/news-article.pdf", 1, pdf(newsArticle())},
		{"evidence/state-report-2025.pdf", 40, pdf(stateReport())},
	}
}

func passportScan() casegen.Scan {
	return casegen.Scan{
		DPI: 100, Quality: 70, Seed: 1, Portrait: true, Filler: -1, Stamp: true,
		Heading: []string{"REPUBLIC OF BULGARIA", "PASSPORT"},
		Lines: []string{
			"Type: P     Code: BGR",
			"Passport No.: 389104726",
			"Surname: PETROVA",
			"Given names: IVANA",
			"Nationality: BULGARIAN",
			"Date of birth: 12.04.1990",
			"Sex: F   Place of birth: SOFIA",
			"Date of issue: 03.06.2019",
			"Date of expiry: 03.06.2029",
			"Authority: MVR SOFIA",
		},
		Bottom: []string{
			"P<BGRPETROVA<<IVANA<<<<<<<<<<<<<<<<<<<<<<<<<",
			"3891047260BGR9004121F2906038<<<<<<<<<<<<<<04",
		},
	}
}

// birthCertificateFields are the certificate's entries: Bulgarian, English.
var birthCertificateFields = [][3]string{
	{"Име, презиме, фамилия", "Ивана Георгиева Петрова", "Name, patronymic, surname: Ivana Georgieva Petrova"},
	{"ЕГН", "900412XXXX (заличено)", "Personal number: 900412XXXX (redacted)"},
	{"Пол", "женски", "Sex: female"},
	{"Дата на раждане", "12.04.1990 г.", "Date of birth: April 12, 1990"},
	{"Място на раждане", "гр. София", "Place of birth: Sofia"},
	{"Майка", "Елена Стоянова Петрова", "Mother: Elena Stoyanova Petrova"},
	{"Баща", "Георги Иванов Петров", "Father: Georgi Ivanov Petrov"},
	{"Акт за раждане", "№ 0812 от 14.04.1990 г.", "Birth record: No. 0812 of April 14, 1990"},
}

func birthCertificateBG() casegen.TextDoc {
	t := &casegen.Table{Widths: []float64{2, 3}}
	for _, f := range birthCertificateFields {
		t.Rows = append(t.Rows, []string{f[0], f[1]})
	}
	return casegen.TextDoc{
		Size:       casegen.A4,
		Pages:      1,
		Filler:     casegen.TopicNone,
		Letterhead: []string{"РЕПУБЛИКА БЪЛГАРИЯ", "Столична община — район „Примерен“"},
		Title:      "УДОСТОВЕРЕНИЕ ЗА РАЖДАНЕ (дубликат)",
		Table:      t,
		Paragraphs: []string{"Издадено въз основа на акт за раждане № 0812 от 14.04.1990 г., съставен в район „Примерен“."},
		Signature:  []string{"Длъжностно лице по гражданското състояние: М. Йорданова", "Дата на издаване: 20.02.2018 г.", "(подпис, печат)"},
	}
}

func birthCertificateEN() casegen.TextDoc {
	var lines []string
	for _, f := range birthCertificateFields {
		lines = append(lines, f[2])
	}
	lines = append(lines, "Issued on the basis of birth record No. 0812 of April 14, 1990, drawn up in the Primeren district.")
	return casegen.TextDoc{
		Pages:      1,
		Filler:     casegen.TopicNone,
		Letterhead: []string{"[Translation from Bulgarian]", "Republic of Bulgaria", "Sofia Municipality, Primeren District"},
		Title:      "Birth Certificate (duplicate)",
		Paragraphs: lines,
		Signature:  []string{"Civil status officer: M. Yordanova", "Date of issue: February 20, 2018", "(signature, seal)"},
	}
}

// petrovaDeclaration is the applicant's declaration in Markdown, typeset
// by packet; it cites exhibits by id, so its exhibit letters and page
// numbers are always those of the packet.
const petrovaDeclaration = `# Declaration of Ivana Petrova in Support of Her Application for Asylum

I, Ivana Georgieva Petrova, declare as follows:

## Who I am

1. I was born on April 12, 1990, in Sofia, Bulgaria. I am a citizen of Bulgaria. I studied accounting at a vocational college in Sofia and have worked as a bookkeeper since 2012. I speak Bulgarian and English; I wrote this declaration in English with the help of my attorney, and it was read back to me before I signed it.

2. From 2019 until October 2025 I worked as the only bookkeeper of *Severen Vyatar Logistics EOOD*, a small transport company in Sofia. The company had six trucks and a warehouse. I kept its accounts, prepared its tax returns and paid its suppliers.

## What I discovered

3. In January 2025 I noticed that the company was receiving regular cash deposits from small shops in our neighbourhood: bakeries, a pharmacy, a car wash and several kiosks. None of these shops had ever used our trucks. The payments were always in round amounts and always arrived at the beginning of the month. When I asked the manager about them, he told me to record them as "transport services" and **not to ask again**.

4. Over the next weeks I spoke quietly with two of the shop owners, whom I knew personally. They told me that men who called themselves "the security" came every month and demanded money, and that anyone who refused had their windows broken or their goods destroyed. One of them told me that the men worked for a person known in the neighbourhood as "the Engineer", and that the company where I worked was used to make the money look clean.

## My complaint to the police

5. On March 14, 2025, I went to the 7th District Police Station in Sofia and filed a written complaint. I attached a list of the payments I had found ({{ref "police-complaint"}}). The officer who received the complaint, Inspector Georgi Manolov, read it in front of me and asked whether anybody else knew that I was there. I said no.

6. One week later, on March 21, 2025, I began receiving messages from an unknown number. The messages said that they knew where I lived and that I should withdraw my complaint while I still could ({{ref "threat-messages"}}). Nobody except the police knew about my complaint.

7. On April 2, 2025, I went to the police station because I had received a summons ({{ref "summons"}}). Inspector Manolov did not ask me about the payments. Instead he told me that my complaint would "cause problems for many people", that I had no proof, and that it would be better for me to withdraw it. I refused.

## The threats and the attack

8. On the morning of May 10, 2025, I found a note pinned to the door of my apartment. It said, in Bulgarian written in Latin letters, "We know where you live. Withdraw the complaint." I photographed it with my phone ({{ref "door-note"}}) and took it to the police station. The officer on duty refused to register it and told me to come back when Inspector Manolov was there.

9. On the evening of June 13, 2025, two men I did not know waited for me at the entrance of my building. One of them pushed me against the wall and hit me in the face; the other said, "This is the last warning." They left when a neighbour opened a window and shouted. I was treated that night at the emergency centre ({{ref "medical-record"}}).

10. On August 4, 2025, the district prosecutor decided not to open any investigation into my complaint ({{ref "prosecutor-decree"}}). The decision said that there was no evidence of a crime and that the messages could not be traced. Nobody from the police or the prosecutor's office ever asked me about the attack.

## Why I left and why I cannot return

11. After the prosecutor's decision I understood that nobody would protect me. I stayed with my sister in Plovdiv for several weeks, but a car I did not recognise was parked in front of her building on three nights, and she received a call asking whether I was "still in town" ({{ref "sister-letter"}}). I left Bulgaria on October 2, 2025, and came to the United States.

12. I am afraid that if I return to Bulgaria the people I reported will find me and hurt or kill me, and that the police, who passed my complaint to them, will again do nothing. Other people who reported the same kind of crimes have been threatened and attacked, and their cases were closed in the same way (Exhibits {{label "bjm-witness-report"}} and {{label "news-article"}}; see also {{ref "state-report"}}).

## Chronology

- **March 14, 2025**: complaint filed with a list of the payments; registered as file No. 7-1093/2025.
- **March 21, 2025**: first threatening messages from an unknown number.
- **April 2, 2025**: appears on the summons; the inspector urges her to withdraw the complaint.
- **May 10, 2025**: note pinned to her apartment door; the officer on duty refuses to register it.
- **June 13, 2025**: assaulted by two men at the entrance of her building; treated at the emergency centre.
- **August 4, 2025**: the prosecutor refuses to open pre-trial proceedings.
- **October 2, 2025**: leaves Bulgaria for the United States.

I declare under penalty of perjury under the laws of the United States of America that the foregoing is true and correct.

Ivana Petrova  
Newark, New Jersey, November 20, 2026
`

func policeComplaint() casegen.TextDoc {
	payments := &casegen.Table{
		Caption: "Annex 1. Cash deposits recorded as \"transport services\" in the accounts of Severen Vyatar Logistics EOOD",
		Header:  []string{"Date", "Payer", "Amount (BGN)", "Recorded as"},
		Widths:  []float64{1.2, 3.5, 1.3, 2.5},
	}
	payers := []string{"Zlatno Zarno Bakery", "Apteka Lipa pharmacy", "Blesk car wash", "Kiosk No. 14, market square",
		"Kiosk No. 22, market square", "Mladost Fruit & Vegetables", "Print Centre Duga"}
	for m := range 12 { // March 2024 to February 2025
		month := time.Date(2024, time.Month(3+m), 1+(m*5)%4, 0, 0, 0, 0, time.UTC)
		for i, p := range payers {
			amount := 300 + 50*((i*7+m*3)%9)
			payments.Rows = append(payments.Rows, []string{
				month.AddDate(0, 0, i%3).Format("02.01.2006"), p, fmt.Sprintf("%d.00", amount), "Transport services, monthly"})
		}
	}
	return casegen.TextDoc{
		Numbered:   true,
		Letterhead: []string{"[Translation from Bulgarian]"},
		Title:      "Complaint",
		Paragraphs: []string{
			"To: the Head of the 7th District Police Station, Sofia Directorate of Internal Affairs",
			"From: Ivana Georgieva Petrova, bookkeeper, residing at 21 Brezova Street, entrance B, apartment 12, Sofia",
			"Subject: payments extorted from shops and recorded in the accounts of Severen Vyatar Logistics EOOD",
			"Dear Sir or Madam,",
			"I work as the bookkeeper of Severen Vyatar Logistics EOOD. I am writing to report facts that I believe show that money is being extorted from shop owners in our neighbourhood and passed through the accounts of the company where I work.",
			"## Statement of facts",
			"Severen Vyatar Logistics EOOD is a transport company with six trucks and a warehouse on the ring road. Its sole owner is registered as a person I have never met; the company is run by a manager who reports, as I understood from his telephone calls, to someone he calls \"the Engineer\". I have kept the company's accounts since 2019.",
			"Since at least March 2024, the company has received monthly cash deposits from seven shops and kiosks that have never used its transport services. The deposits arrive in the first days of each month, in round amounts between 300 and 700 leva. I was instructed by the manager to record them as \"transport services, monthly\" and not to issue invoices. The deposits I have identified are listed in Annex 1.",
			"In the same period, the company paid similar amounts each month to two firms that I could not find at their registered addresses, against invoices for \"consulting\" that described no actual work. When I asked the manager for the contracts behind these invoices, he told me that they were \"not my business\" and that I should be grateful for my salary.",
			"In January 2025 I noticed that the deposits had increased for two of the shops. One of the owners, whom I know from the neighbourhood, told me that the men had raised the amount after his window was broken in December 2024. He did not report the damage to the police because, he said, \"they already know\".",
			"## What I have and what I ask",
			"Two of the shop owners told me in confidence that men who call themselves \"the security\" collect money from them every month, and that the shops of those who refuse are damaged. I do not give their names here because they fear for their safety; I ask that they be approached discreetly.",
			"I have kept copies of the account statements and of the internal instructions I received. I am ready to hand them over and to give evidence as a witness. I ask that my identity not be disclosed to the company or to any of the persons concerned, because I fear for my safety.",
			"I ask that a pre-trial investigation be opened into extortion and money laundering, and that I be informed of the action taken on this complaint.",
			"Annex: list of payments (Annex 1).",
		},
		Signature: []string{"Ivana Petrova", "Sofia, March 14, 2025", "Registration stamp: 7th District Police Station, file No. 7-1093/2025"},
		Next: []casegen.TextDoc{
			{Table: payments},
			casegen.CertificateOfTranslation(petrovaTranslator, "Bulgarian",
				"Complaint of Ivana Georgieva Petrova to the 7th District Police Station, Sofia, of March 14, 2025, with Annex 1"),
		},
	}
}

var threatScreenshot = casegen.Screenshot{
	Width: 540, Height: 1110, Contact: "+359 88 555 0142", Clock: "21:47",
	Messages: []casegen.Message{
		{Text: "Znaem kade zhiveesh.", Time: "21:40"},
		{Text: "Ottegli si zhalbata, dokato vse oshte mozhesh.", Time: "21:41"},
		{Text: "Koi ste vie?", Time: "21:43", Sent: true},
		{Text: "Politsiyata nyama da te pazi. Pitai inspektora.", Time: "21:46"},
	},
}

var threatEnglish = []string{
	"We know where you live.",
	"Withdraw your complaint while you still can.",
	"Who are you?",
	"The police will not protect you. Ask the inspector.",
}

// summonsBG is the summons in Bulgarian; its English translation is
// written in case.yaml, where packet typesets it.
var summonsBG = []string{
	"До: Ивана Георгиева Петрова",
	"Адрес: гр. София, ул. „Брезова“ № 21, вх. Б, ап. 12",
	"Във връзка с преписка № 7-1093/2025 г., образувана по Ваша жалба от 14.03.2025 г., Ви призоваваме да се явите в 07 Районно управление, стая 21, на 02.04.2025 г. в 10:00 ч. за даване на обяснения.",
	"Носете документ за самоличност.",
	"При неявяване без уважителна причина можете да бъдете доведени принудително.",
}

func summons() casegen.TextDoc {
	return casegen.TextDoc{
		Size:   casegen.A4,
		Pages:  1,
		Filler: casegen.TopicNone,
		Letterhead: []string{"РЕПУБЛИКА БЪЛГАРИЯ", "МИНИСТЕРСТВО НА ВЪТРЕШНИТЕ РАБОТИ",
			"Столична дирекция на вътрешните работи — 07 Районно управление", "гр. София, ул. „Примерна“ № 14"},
		Title:      "ПРИЗОВКА № 7-4418 / 28.03.2025 г.",
		Paragraphs: summonsBG,
		Signature:  []string{"Инспектор: Г. Манолов", "(подпис, печат)"},
	}
}

func medicalRecord() casegen.TextDoc {
	return casegen.TextDoc{
		Letterhead: []string{"[Translation from Bulgarian]", "Sofia Municipal Emergency Centre, Unit 3", "Emergency Department"},
		Title:      "Outpatient Record No. 25-06-4471",
		Paragraphs: []string{
			"Patient: Ivana Georgieva Petrova, born April 12, 1990",
			"Date and time of examination: June 13, 2025, 10:52 p.m.",
			"Complaint: pain in the left side of the face and the left side of the chest. The patient states that about one hour earlier she was pushed against a wall and struck in the face by two unknown men at the entrance of her residential building.",
			"Findings: conscious, oriented. Swelling and bruising of the left cheekbone area, 4 x 3 cm. Tenderness of the left chest wall on palpation, without visible deformity. Abrasion of the right palm, 2 x 1 cm. X-ray of the facial bones and chest: no fractures found.",
			"Diagnosis: contusion of the face and of the chest wall; abrasion of the right hand.",
			"Treatment: wound cleaned and dressed; cold compress; analgesic prescribed.",
			"Recommendations: rest; follow-up with her general practitioner in five days. The patient was informed that the emergency centre notifies the police of injuries caused by violence.",
		},
		Signature: []string{"Dr. N. Ilieva-Stancheva, emergency physician", "(signature, seal of the emergency centre)"},
		Next: []casegen.TextDoc{casegen.CertificateOfTranslation(petrovaTranslator, "Bulgarian",
			"Outpatient Record No. 25-06-4471 of the Sofia Municipal Emergency Centre, Unit 3, of June 13, 2025")},
	}
}

func prosecutorDecree() casegen.TextDoc {
	return casegen.TextDoc{
		Letterhead: []string{"[Translation from Bulgarian]", "Sofia District Prosecutor's Office"},
		Title:      "Decree Refusing to Institute Pre-Trial Proceedings",
		Paragraphs: []string{
			"Sofia, August 4, 2025",
			"Prosecutor S. Dragomirova of the Sofia District Prosecutor's Office, having reviewed file No. 7-1093/2025 of the 7th District Police Station, opened on the complaint of Ivana Georgieva Petrova of March 14, 2025, finds the following.",
			"The complainant alleges that cash payments from shop owners were recorded in the accounts of the company where she is employed, and that the payments were extorted. During the preliminary inspection, the manager of the company explained that the payments were advances for future deliveries. Two shop owners were questioned; both stated that they had no complaints and had not been threatened.",
			"The complainant further stated that she received threatening messages from an unknown number. The telephone operator reported that the number was a prepaid card registered to a foreign national who could not be located. It was not possible to establish who sent the messages.",
			"As regards the events of June 13, 2025, no report was received by this office before the inspection was completed, and the file contains no data about the identity of any perpetrator.",
			"In view of the above, the inspection did not establish sufficient data that a crime has been committed.",
			"## Decision",
			"The prosecutor REFUSES to institute pre-trial proceedings on file No. 7-1093/2025 and orders that the file be closed.",
			"A copy of this decree shall be sent to the complainant, who may appeal it before the higher prosecutor's office within seven days of receiving it.",
		},
		Signature: []string{"Prosecutor: S. Dragomirova", "(signature)"},
		Next: []casegen.TextDoc{casegen.CertificateOfTranslation(petrovaTranslator, "Bulgarian",
			"Decree of the Sofia District Prosecutor's Office of August 4, 2025, on file No. 7-1093/2025")},
	}
}

func sisterLetter() casegen.TextDoc {
	return casegen.TextDoc{
		Size:       casegen.A4,
		Letterhead: []string{"Mariya Petrova-Doneva", "8 Sample Street, apartment 5, Plovdiv, Bulgaria", "Telephone: +359 32 555 0187"},
		Title:      "Letter in Support of My Sister, Ivana Petrova",
		Paragraphs: []string{
			"Plovdiv, October 30, 2026",
			"To the Asylum Officer,",
			"My name is Mariya Petrova-Doneva. I am the older sister of Ivana Petrova. I teach English at a secondary school in Plovdiv, and I am writing this letter in English myself.",
			"In March 2025 Ivana told me that she had reported to the police what she had discovered at her work. A week later she called me in tears because she had received messages saying that they knew where she lived. After that she called me every evening, and I could hear that she was afraid.",
			"In June 2025 I travelled to Sofia after she was attacked near her home. Her face was swollen and bruised, and she could not sleep. She told me that the police had not come to speak with her.",
			"In August 2025 Ivana came to stay with me in Plovdiv. During the weeks she lived with us, a dark grey car that I did not know was parked in front of our building on at least three nights. One evening a man called my mobile phone and asked whether my sister was \"still in town\". He did not say who he was, and the number was hidden. Our neighbour Stoyan Kolev saw the car too and wrote down its number; he has asked that his name not be given to anyone.",
			"Since Ivana left Bulgaria, nobody has asked me about her directly, but I have not told anyone where she is. I believe that she would be in danger if she returned.",
			"I am ready to answer any questions about what I have written here.",
		},
		Signature: []string{"Mariya Petrova-Doneva"},
	}
}

func witnessReport() casegen.TextDoc {
	const org = "Balkan Justice Monitor"
	d := report(org, []string{org, "Annual thematic report, March 2026"}, "Bulgaria: Witnesses Without Protection",
		chapter(2, 101,
			"## 1. Summary",
			"This report examines what happens to people in Bulgaria who report organized crime to the police. It is based on interviews with 41 complainants, 12 lawyers and 6 former police officers conducted between March and December 2025, and on the review of 87 case files.",
			"The authors found that complainants were rarely offered any protection, that their identities frequently became known to the persons they had reported, and that most complaints were closed at the stage of preliminary inspection without a pre-trial investigation being opened.",
			"## Key findings",
			"In 29 of the 41 cases examined, the complainant received threats after filing the complaint; in 17 of those, the threats began within two weeks. In 11 cases the complainant was physically attacked. In none of these cases was a person charged with the threats or the attack by the end of the reporting period.",
		))
	d.Next = []casegen.TextDoc{
		chapter(4, 102, "## 2. Legal framework",
			"The law provides for the protection of witnesses in criminal proceedings, but protection can only be requested once pre-trial proceedings have been opened. Persons whose complaints are still under preliminary inspection have no access to it."),
		chapter(3, 103, "## 3. Complainants who report organized crime",
			"Complainants interviewed for this report described a consistent pattern: a complaint is filed with a district police station; within days, the complainant receives messages or visits warning them to withdraw it; the complainant is then summoned and urged by officers to reconsider; and the complaint is closed by the prosecutor several months later for lack of evidence.",
			"Several complainants stated that the only persons who knew of their complaint were the officers who had registered it. Lawyers interviewed for this report described cases in which copies of complaints were found in the possession of the persons accused.",
			"Complainants who were attacked after reporting said that their reports of the attack were registered as separate incidents, if at all, and were not linked to the original complaint."),
		chapter(3, 104, "## 4. Recommendations",
			"Make protection available from the moment a complaint is filed; keep complainants' identities confidential during preliminary inspections; investigate threats against complainants as a matter of priority; and review all complaints closed in the past five years in which the complainant was later threatened or attacked."),
	}
	return d
}

func newsArticle() casegen.TextDoc {
	return casegen.TextDoc{
		Letterhead: []string{"Sofia Evening Courier (online edition)",
			"https://courier.example/2025/09/18/shop-owners-extortion", "Printed November 2, 2026"},
		Title: "Shop Owners Say Extortion Continues Despite Complaints",
		Paragraphs: []string{
			"By Desislava Marinova, September 18, 2025",
			"Owners of small shops in several Sofia neighbourhoods say they are still paying monthly \"security fees\" to men who threaten to damage their premises, months after some of them went to the police.",
			"\"Everybody pays. The ones who went to the police pay more,\" said the owner of a bakery, who asked not to be named. Three other shop owners told the Courier that they had stopped reporting incidents because their complaints had been closed without anyone being questioned.",
			"A bookkeeper who reported suspicious payments to the police earlier this year was assaulted outside her home in June, according to two people familiar with the case. The prosecutor's office closed the file in August, citing insufficient evidence.",
			"The Sofia Directorate of Internal Affairs did not respond to written questions about the number of extortion complaints registered in 2025. A spokesperson for the prosecutor's office said that every complaint is examined \"in accordance with the law\" and that decisions to close a file may be appealed.",
			"Lawyers who represent complainants say the problem begins at the police station. \"The complaint is the most dangerous moment for a witness,\" said one Sofia lawyer. \"From the day it is filed, the people it names seem to know about it, and the law offers nothing until an investigation is opened, which in most of these cases never happens.\"",
			"Civil society groups have called on the government to extend witness protection to persons who file complaints, and to investigate leaks of complaints to the persons accused. A draft amendment has been before parliament's legal affairs committee since spring.",
			"Shop owners interviewed for this article said they would not go to the police again. \"We have families,\" said the owner of a kiosk near the market. \"Nobody will protect us if we speak.\"",
		},
	}
}

// stateReport is a fictional annual human-rights report laid out as a
// government's country report: an executive summary and numbered sections,
// of which the case cites an excerpt.
func stateReport() casegen.TextDoc {
	const org = "Country Reports on Human Rights Practices (fictional sample)"
	d := report(org, []string{"Bureau of Democracy, Human Rights, and Labor (fictional sample text)", "Country Reports on Human Rights Practices for 2025"},
		"Bulgaria 2025 Human Rights Report",
		chapter(3, 301,
			"## Executive Summary",
			"There were no significant changes in the human rights situation in Bulgaria during the year. Significant human rights issues included credible reports of impunity for threats and violence against persons who reported organized crime, corruption within the police and the prosecution service, and a lack of effective protection for witnesses before the opening of pre-trial proceedings.",
			"The government took some steps to identify and punish officials who committed human rights abuses, but impunity remained a problem, in particular where officials were alleged to have passed information to criminal groups.",
		))
	d.Next = []casegen.TextDoc{
		chapter(10, 302, "## Section 1. Respect for the Integrity of the Person",
			"The constitution and law prohibit arbitrary arrest and detention. Nongovernmental organizations reported that the police in several cities failed to register complaints of threats, or registered them as minor incidents unconnected to earlier complaints by the same person."),
		chapter(3, 303, "## Section 1.e. Protection of Witnesses and Complainants",
			"The law provides for the protection of witnesses once pre-trial proceedings have been opened. Complainants whose reports are under preliminary inspection, which can last several months, have no access to protection measures.",
			"Civil society organizations documented cases in which complainants who reported extortion were threatened within days of filing a complaint, and in which the content of a complaint became known to the persons named in it. Observers attributed this to leaks from police stations; the authorities did not report any disciplinary proceedings for such leaks during the year.",
			"Prosecutors closed most complaints of extortion of small businesses at the stage of preliminary inspection, citing insufficient evidence. Complainants who were later assaulted reported that their reports of the assault were not linked to their original complaint."),
		chapter(14, 304, "## Section 2. Respect for Civil Liberties",
			"The constitution provides for freedom of expression, including for members of the press. Journalists who reported on organized crime and corruption reported threats and pressure from owners of media outlets."),
		chapter(10, 305, "## Section 4. Corruption in Government",
			"The law provides criminal penalties for corruption by officials, but the government did not implement the law effectively. Corruption in the police and the judiciary remained a concern, and few high-level cases reached a final conviction."),
	}
	return d
}
