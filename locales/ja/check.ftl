# Messages of `yomeru check`: readability findings and scores.
# Each rule has a message (why) and a -fix (what to do).
check-long-sentence = 文が長すぎます（{ $len }字。目安は{ $max }字まで）。
check-long-sentence-fix = 2つ以上の文に分けてください。1つの文には1つのことだけを書きます。
check-kanji-run = 漢字が{ $len }字続いています：「{ $found }」。用語集で説明されていない言葉です。
check-kanji-run-fix = ひらがなを混ぜるか、やさしい言葉に言い換えてください。
check-katakana-run = カタカナが{ $len }字続いています：「{ $found }」。
check-katakana-run-fix = 短い言葉にするか、すぐ後に説明を書いてください。
check-kanji-numeral = 数が漢数字で書かれています：「{ $found }」。
check-kanji-numeral-fix = 算用数字で「{ $fix }」と書いてください。
check-clock24 = 24時間制の時刻です：「{ $found }」。
check-clock24-fix = 「{ $fix }」と書いてください。
check-double-negation = 二重否定です：「{ $found }」。否定が2つ重なると意味がとりにくくなります。
check-double-negation-fix = 肯定の形で書いてください（例：{ $fix }）。
check-honorific = 尊敬語・謙譲語です：「{ $found }」。
check-honorific-fix = ふつうの言葉にしてください（{ $fix }）。
check-no-plain = やさしい言い換え（plain）がありません。わかりやすい版には正式な文がそのまま載ります。
check-no-plain-fix = この項目を2行に分けて、正式な文を「text:」に、やさしい日本語の文を「plain:」に書いてください。例: 「role:」の次の行に「  text: 正式な文」、その次の行に「  plain: やさしい文」。
check-sentence = 文{ $n }「{ $excerpt }」
check-field-score = 読みやすさ { $score }/100（{ $band }）
check-voice = 本人の言葉（そのまま載せるので、指摘はしません）
check-document-score = 文書全体の読みやすさ { $score }/100（{ $band }）。plain のない項目：{ $missing }
check-line-score = { $line }行目：読みやすさ { $score }/100（{ $band }）
check-band-1 = とてもむずかしい
check-band-2 = むずかしい
check-band-3 = ふつう
check-band-4 = やさしい
check-band-5 = とてもやさしい
