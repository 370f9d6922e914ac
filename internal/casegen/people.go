package casegen

// Invented people, places and organisations that synthetic cases draw on.
// Names use several scripts and diacritics on purpose: packet must print them
// all.

// person is an applicant: the name in Latin letters, optionally in the native
// script, and the language their documents are in.
// ascii is the name as the bitmap font of images can print it, and phone the
// country's calling code.
type person struct {
	name, native, ascii, nationality, lang, bates, phone string
}

var applicants = []person{
	{"Ivan Sokolov", "Иван Соколов", "IVAN SOKOLOV", "Russia", "ru", "SOKOLOV-", "+7"},
	{"José Nguyễn", "", "JOSE NGUYEN", "Vietnam", "vi", "NGUYEN-", "+84"},
	{"María José Hernández Ruiz", "", "MARIA JOSE HERNANDEZ RUIZ", "Honduras", "es", "HERNANDEZ-", "+504"},
	{"Aylin Yıldız", "", "AYLIN YILDIZ", "Turkey", "tr", "YILDIZ-", "+90"},
	{"Đặng Thị Hương", "Đặng Thị Hương", "DANG THI HUONG", "Vietnam", "vi", "DANG-", "+84"},
	{"Stoyan Dimitrov", "Стоян Димитров", "STOYAN DIMITROV", "Bulgaria", "bg", "DIMITROV-", "+359"},
}

// witnesses write declarations and letters of support.
var witnesses = []string{
	"Ελένη Παπαδάκη", "Nguyễn Văn Minh", "Zoë Ångström-Berg", "Иван Петров",
	"Łukasz Wróbel", "Sébastien Côté", "Ngozi Okonkwo", "Fatma Demir",
	"Ana Lucía Peña", "Radostina Koleva",
}

var clinics = []string{
	"Riverside Community Health Clinic", "St. Aldric Regional Hospital", "Northgate Trauma Counselling Centre",
	"Harbor Street Medical Group",
}

var orgs = []string{
	"Balkan Justice Monitor", "Institute for Witness Safety", "Meridian Rights Observatory",
	"Centre for Civic Freedoms", "Open Courts Foundation",
}

var reportThemes = []string{
	"Protection of witnesses who report organized crime", "Police accountability and complaints",
	"Freedom of expression and the press", "Violence against women and access to protection",
	"Treatment of ethnic and religious minorities", "Corruption in local government",
}

// translators by the language they translate from.
var translators = map[string]string{
	"bg": "Katerina Vasileva-Moore", "ru": "Katerina Vasileva-Moore", "es": "Diego Armando Salcedo",
	"vi": "Thu Trang Lê", "tr": "Emre Kaplan", "el": "Ελένη Παπαδάκη",
}

var lawyers = []struct{ name, firm, address, phone, email, bar, eoir string }{
	{"Hannah Ostrowski, Esq.", "Ostrowski Immigration Law PLLC", "540 Sample Street, Suite 1210\nNewark, NJ 07102",
		"(973) 555-0173", "hostrowski@example.org", "NJ 024681357", "OS482913"},
	{"Marcus Adeyemi-Lund, Esq.", "Lakeshore Refugee Legal Clinic", "77 Example Avenue, Floor 3\nChicago, IL 60604",
		"(312) 555-0119", "madeyemi@example.org", "IL 6309912", "AL731204"},
}

var asylumOffices = []struct{ name, address string }{
	{"Newark Asylum Office", "1200 Example Plaza West, 4th Floor\nLyndhurst, NJ 07071"},
	{"Chicago Asylum Office", "181 Sample Drive, Suite 500\nDes Plaines, IL 60018"},
}

// courts, each with the address where DHS counsel (OPLA) is served.
var courts = []struct{ city, address, judge, opla string }{
	{"New York, NY", "26 Example Plaza, 12th Floor\nNew York, NY 10278", "Hon. Laura Bennett-Okoro",
		"26 Example Plaza, Room 1130\nNew York, NY 10278"},
	{"Houston, TX", "4400 Example Parkway, Suite 800\nHouston, TX 77002", "Hon. Ruth Delacroix",
		"4400 Example Parkway, Suite 300\nHouston, TX 77002"},
	{"Chicago, IL", "55 Sample Boulevard, Room 2500\nChicago, IL 60604", "Hon. Tomás Villaseñor",
		"55 Sample Boulevard, Room 1800\nChicago, IL 60604"},
}

// nativeText holds a few sentences of an official record per language, for
// original documents that come with a translation.
var nativeText = map[string]struct{ issuer, title, body string }{
	"bg": {"Общинска администрация", "УДОСТОВЕРЕНИЕ",
		"Настоящото удостоверение се издава на лицето, за да послужи пред компетентните органи. Данните са вписани в регистъра на населението въз основа на представените документи. Длъжностното лице потвърждава верността на вписаните обстоятелства."},
	"ru": {"Администрация района", "СПРАВКА",
		"Настоящая справка выдана для предъявления в компетентные органы. Сведения внесены в реестр на основании представленных документов. Должностное лицо подтверждает достоверность указанных данных."},
	"el": {"Δημοτική Αρχή", "ΠΙΣΤΟΠΟΙΗΤΙΚΟ",
		"Το παρόν πιστοποιητικό εκδίδεται για να χρησιμοποιηθεί ενώπιον των αρμόδιων αρχών. Τα στοιχεία καταχωρίστηκαν στο μητρώο με βάση τα έγγραφα που προσκομίστηκαν. Ο αρμόδιος υπάλληλος βεβαιώνει την ακρίβεια των στοιχείων."},
	"vi": {"Ủy ban nhân dân phường", "GIẤY CHỨNG NHẬN",
		"Giấy chứng nhận này được cấp để nộp cho các cơ quan có thẩm quyền. Các thông tin đã được ghi vào sổ đăng ký dựa trên giấy tờ do đương sự cung cấp. Cán bộ có thẩm quyền xác nhận các thông tin trên là đúng sự thật."},
	"es": {"Registro Civil Municipal", "CONSTANCIA",
		"La presente constancia se extiende a solicitud de la persona interesada para los fines que estime convenientes. Los datos fueron inscritos en el registro con base en los documentos presentados. El funcionario responsable da fe de la exactitud de la información."},
	"tr": {"Nüfus Müdürlüğü", "BELGE",
		"Bu belge, ilgilinin talebi üzerine yetkili makamlara sunulmak üzere düzenlenmiştir. Bilgiler, ibraz edilen belgelere dayanılarak kayda geçirilmiştir. Yetkili memur, bilgilerin doğruluğunu onaylar."},
}

var languageNames = map[string]string{
	"bg": "Bulgarian", "ru": "Russian", "el": "Greek", "vi": "Vietnamese", "es": "Spanish", "tr": "Turkish",
}

var sectionTitles = []string{
	"Identity and relationship", "Harm suffered and threats", "Country conditions",
	"Medical and psychological evidence", "Corroborating statements", "Supplemental evidence",
}

// longDetails lengthen titles past 200 characters when a Spec asks for it.
var longDetails = []string{
	"describing the night two men asked neighbours where the applicant lived",
	"including the handwritten notes the witness kept at the time",
	"with the envelope in which the document was received and its postmark",
	"as submitted to the district office and returned with a registration stamp",
	"together with the witness's explanation of why the report was filed late",
	"covering the period from the first threat until the applicant's departure",
}

// chatMessages are threats as typed on a phone, in Latin letters without
// diacritics as people often type them, each with its English translation.
var chatMessages = map[string][][2]string{
	"bg": {{"Znaem kade zhiveesh.", "We know where you live."},
		{"Ottegli zhalbata, dokato vse oshte mozhesh.", "Withdraw the complaint while you still can."},
		{"Politsiyata nyama da te pazi.", "The police will not protect you."}},
	"ru": {{"My znaem, gde ty zhivesh.", "We know where you live."},
		{"Zaberi zayavlenie, poka ne pozdno.", "Take back your statement before it is too late."},
		{"Politsiya tebe ne pomozhet.", "The police will not help you."}},
	"vi": {{"Chung tao biet may o dau.", "We know where you live."},
		{"Rut don to cao ngay, neu khong se hoi han.", "Withdraw the complaint now, or you will regret it."},
		{"Cong an khong bao ve may dau.", "The police will not protect you."}},
	"es": {{"Sabemos donde vives.", "We know where you live."},
		{"Retira la denuncia o te vas a arrepentir.", "Withdraw the complaint or you will regret it."},
		{"Nadie te va a proteger.", "Nobody is going to protect you."}},
	"tr": {{"Nerede oturdugunu biliyoruz.", "We know where you live."},
		{"Sikayetini geri cek, yoksa pisman olursun.", "Withdraw your complaint, or you will be sorry."},
		{"Polis seni korumayacak.", "The police will not protect you."}},
}

// scannedDocs are headings of scanned records (ASCII, for the bitmap font).
var scannedDocs = []struct{ heading, title string }{
	{"CERTIFICATE OF EMPLOYMENT", "certificate of employment"},
	{"SCHOOL DIPLOMA", "school diploma"},
	{"MEDICAL CERTIFICATE", "medical certificate"},
	{"SUMMONS TO APPEAR", "summons to appear"},
	{"CERTIFICATE OF RESIDENCE", "certificate of residence"},
}

var chapterTitles = []string{
	"Summary", "Legal framework", "Police and prosecution", "Witness protection in practice",
	"Access to justice", "Situation of complainants", "Recommendations", "Annex: methodology",
}
