# Messages of `yomeru check`: readability findings and scores.
# Each rule has a message (why) and a -fix (what to do).
check-long-sentence = the sentence is too long ({ $len } characters; aim for { $max } at most).
check-long-sentence-fix = split it into two or more sentences, one idea each.
check-kanji-run = { $len } kanji in a row: “{ $found }”, a word the glossary does not explain.
check-kanji-run-fix = mix in hiragana or use an everyday word instead.
check-katakana-run = { $len } katakana in a row: “{ $found }”.
check-katakana-run-fix = use a shorter word, or explain it right after.
check-kanji-numeral = a number written in kanji: “{ $found }”.
check-kanji-numeral-fix = write it in digits: “{ $fix }”.
check-clock24 = a time in 24-hour form: “{ $found }”.
check-clock24-fix = write “{ $fix }”.
check-double-negation = a double negative: “{ $found }”; two negatives make the meaning hard to follow.
check-double-negation-fix = say it positively (for example { $fix }).
check-honorific = an honorific or humble form: “{ $found }”.
check-honorific-fix = use the everyday word ({ $fix }).
check-no-plain = no plain wording (plain): the easy-read version prints the formal text as it is.
check-no-plain-fix = split this field into two lines: the formal text under "text:" and the plain Japanese under "plain:", both indented under the field (e.g. "role:", then "  text: …", then "  plain: …").
check-sentence = sentence { $n } “{ $excerpt }”
check-field-score = readability { $score }/100 ({ $band })
check-voice = the person's own words (printed as they are, so not flagged)
check-document-score = readability of the whole document { $score }/100 ({ $band }); fields without plain: { $missing }
check-line-score = line { $line }: readability { $score }/100 ({ $band })
check-band-1 = very hard
check-band-2 = hard
check-band-3 = medium
check-band-4 = easy
check-band-5 = very easy
