package typeset

// sample is a short declaration in the Markdown subset, exercising every
// construct.
const sample = `# Declaration of María José Ñúñez-Kovalenko in Support of Her Application for Asylum

I, María José Ñúñez-Kovalenko, declare under penalty of perjury under the laws of the United States of America that the following is true and correct to the best of my knowledge:

## Background

1. I was born on 14 March 1991 in Kharkiv, Ukraine. My first language is Russian; I also speak Ukrainian and some Spanish, which I learned from my father.

2. My father, Jorge Ñúñez, was a journalist. In 2014 he began to write about corruption in the regional administration. His articles appeared under the heading *Правда о Харькове* ("The Truth about Kharkiv"), and were widely read.

3) On **12 June 2019** two men in plain clothes came to our apartment. They said they were from the *security service* and took my father away. We never saw him again. I reported his disappearance to the police, who ***refused*** to open a case.

## What happened to me

4. After my father's disappearance I received threats:
   - telephone calls at night, in which a man described my daily route to work;
   - a letter left under my door, which said: "You will follow your father";
     * I kept this letter; it is Exhibit C.
   - messages on social media from accounts that were deleted soon after.

5. I left Ukraine on 3 February 2020. A full account of my journey is at https://example.org/a/very/long/path/to/the/statement/of/the/applicant/2020-02-03/index.html for reference.

> The Ministry of Foreign Affairs reports that journalists and their relatives "continue to face harassment, detention and violence" in the region (Exhibit F, p. 12).

---

I declare under penalty of perjury that the foregoing is true and correct. Executed on 1 May 2024 at New York, New York.

______________________________  
María José Ñúñez-Kovalenko
`
