package casegen

import (
	"math/rand/v2"
	"strings"
)

// newRand returns the generator every random choice in this package comes
// from: PCG with a fixed stream, so a seed fully decides the output.
func newRand(seed uint64) *rand.Rand {
	return rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
}

// pick returns a random element of list.
func pick[T any](r *rand.Rand, list []T) T { return list[r.IntN(len(list))] }

// Filler topics: what padding text talks about.
const (
	TopicReport    = "report"    // country-conditions prose, third person
	TopicStatement = "statement" // a witness's account, first person
	TopicRecord    = "record"    // administrative or medical record
	TopicNone      = "none"      // no padding: pages past the text stay blank
)

// sentence parts per topic; a sentence is one element of each, in order.
var proseParts = map[string][][]string{
	TopicReport: {
		{"During the reporting period,", "According to local monitors,", "In several regions,",
			"Civil society groups reported that", "The national ombudsperson noted that",
			"Lawyers interviewed for this report said that", "Court records reviewed by the authors show that",
			"Despite legislative amendments,"},
		{" police officers", " district prosecutors", " municipal officials", " investigators",
			" officials in smaller towns", " members of organized criminal groups", " private security firms",
			" witness-protection officers"},
		{" rarely opened investigations into threats against witnesses",
			" disclosed the names of complainants to the persons they had accused",
			" closed complaints without interviewing the victims",
			" failed to enforce protection orders issued by the courts",
			" pressured complainants to withdraw their statements",
			" were themselves the subject of corruption inquiries",
			" treated reports of intimidation as private disputes",
			" took several months to register formal complaints"},
		{".", " in both urban and rural areas.", " despite repeated requests from the victims.",
			", according to the same sources.", " throughout the year.",
			", a pattern described in earlier editions of this report."},
	},
	TopicStatement: {
		{"After that day", "A few weeks later", "That evening", "The next morning", "Around that time",
			"When I returned home", "Before I left the country", "Some time afterwards"},
		{" I", " my sister", " my neighbour", " my former colleague", " my mother"},
		{" noticed the same grey car parked outside the building",
			" received another call from a number that was not saved in my phone",
			" stopped taking the same route to work",
			" asked the police officer on duty to write down what had happened",
			" told me that two men had been asking questions about me",
			" could not sleep without checking the door several times",
			" kept copies of every message in a notebook",
			" went to the station again, but nobody would see me"},
		{".", ", and I was very afraid.", ", but nothing changed.", ", as I explain below.",
			", although I did not understand why at first."},
	},
	TopicRecord: {
		{"The person concerned", "The applicant", "The patient", "The complainant", "The holder of this document"},
		{" was informed", " was examined", " was registered", " was advised", " was interviewed"},
		{" in accordance with the applicable procedure", " on the date indicated above",
			" in the presence of the officer on duty", " by the staff of this office",
			" at the request of the person concerned"},
		{".", "; the record was signed by both parties.", "; no further action was taken.",
			"; a copy was handed over.", "; the original remains in the archive of this office."},
	},
}

// prose produces plausible filler paragraphs on one topic.
type prose struct {
	r     *rand.Rand
	parts [][]string
}

func newProse(seed uint64, topic string) *prose {
	parts, ok := proseParts[topic]
	if !ok {
		parts = proseParts[TopicReport]
	}
	return &prose{r: newRand(seed), parts: parts}
}

func (p *prose) sentence() string {
	var b strings.Builder
	for _, choices := range p.parts {
		b.WriteString(pick(p.r, choices))
	}
	return b.String()
}

// paragraph returns three to six sentences.
func (p *prose) paragraph() string {
	n := 3 + p.r.IntN(4)
	s := make([]string, n)
	for i := range s {
		s[i] = p.sentence()
	}
	return strings.Join(s, " ")
}
