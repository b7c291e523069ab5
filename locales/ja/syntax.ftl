# YAML の書き方の誤り（syntax.rs の Problem）。
# 読む人は相談支援専門員などの事務の方で、プログラムは書きません。
# 何が起きたかを「項目名」「内容」「字下げ（行の始めの空白）」「箇条書き」の言葉で言い、
# 何を打てば直るかをヒントで言います。行番号は呼び出し側が前に付けるので、
# 本文では「この行」と呼びます（ほかの行を指すときだけ行番号を書きます）。
# 引数: どれにも $line と $column、直した行の例があれば $fix。

syntax-tab = タブ（Tab キーで入る空白）が使われています。計画ファイルでは、字下げなどの空白にタブは使えません。
syntax-tab-hint = この行のタブを消して、代わりに半角スペースを入れてください。同じまとまりの上の行と、書き始めの位置をそろえます。

syntax-colon-in-text = 「{ $key }」の内容の途中にある「: 」（半角のコロンと空白）が、項目名と内容の区切りと読まれてしまいました。
syntax-colon-in-text-hint = 内容の全体を半角の「"」で囲んでください。囲むと、中の「:」はそのまま文として読まれます（内容に「"」があるときは「'」で囲みます）。または、文の中の「:」を全角の「：」にしてください。

syntax-full-width-colon = 「{ $key }」のあとの「：」が全角になっています。項目名のあとの区切りは、半角の「:」でなければなりません。
syntax-full-width-colon-hint = 全角の「：」を半角の「:」に直し、そのあとに半角スペースを1つ入れてください。

syntax-full-width-space = 全角スペースが使われています。字下げ（行の始めの空白）と、「:」や「-」のあとの空白は、半角スペースでなければなりません。
syntax-full-width-space-hint = 全角スペースを消して、半角スペースを入れてください。全角スペース1つは、半角スペース2つ分の幅です。

syntax-full-width-dash = 箇条書きの印に、全角の「{ $mark }」が使われています。箇条書きの印は半角の「-」（ハイフン）です。
syntax-full-width-dash-hint = 「{ $mark }」を半角の「-」に直し、そのあとに半角スペースを1つ入れてください。

syntax-dash-without-space = 箇条書きの「-」のすぐあとに空白がありません。このままでは「-」まで項目名の一部と読まれます。
syntax-dash-without-space-hint = 「-」のあとに半角スペースを1つ入れてください。

syntax-colon-without-space = 「{ $key }」のあとの「:」のすぐあとに空白がありません。このままでは、行の全体が一つの文と読まれます。
syntax-colon-without-space-hint = 「:」のあとに半角スペースを1つ入れてください。

syntax-missing-colon = この行には、項目名と内容を区切る「:」がありません。
syntax-missing-colon-hint = 項目名のすぐあとに、半角の「:」と半角スペースを入れてください。

syntax-divider = 「{ $text }」のような区切り線は、計画ファイルにそのままでは書けません。
syntax-divider-hint = 区切り線を消してください。残したいときは、行の先頭に「#」を付けて「# { $text }」とすると、メモとして読み飛ばされます。

syntax-misaligned = この行の字下げ（行の始めの{ $found ->
         [0] 空白なし
        *[other] 半角スペース{ $found }個
    }）が、上のどの行ともそろっていません。
syntax-misaligned-hint = 同じまとまりの行は、書き始めの位置をそろえます。{ $deeper-line }行目の「{ $deeper-key }」と同じまとまりなら{ $deeper-spaces ->
         [0] 空白なし
        *[other] 半角スペース{ $deeper-spaces }個
    }に、{ $shallower-line }行目の「{ $shallower-key }」と同じまとまりなら{ $shallower-spaces ->
         [0] 空白なし
        *[other] 半角スペース{ $shallower-spaces }個
    }にしてください。
syntax-misaligned-hint-one = 同じまとまりの行は、書き始めの位置をそろえます。{ $deeper-line }行目の「{ $deeper-key }」と同じまとまりなら、行の始めを{ $deeper-spaces ->
         [0] 空白なし
        *[other] 半角スペース{ $deeper-spaces }個
    }にしてください。

syntax-odd-first-line = この行は、{ $rest-line }行目の「{ $rest-key }」などと同じまとまりの最初の行ですが、字下げ（行の始めの空白）がそれらの行とそろっていません。
syntax-odd-first-line-hint = 行の始めを{ $rest-spaces ->
         [0] 空白なし
        *[other] 半角スペース{ $rest-spaces }個
    }にして、{ $rest-line }行目の「{ $rest-key }」とそろえてください。

syntax-too-deep = 「{ $key }」が、{ $sibling-line }行目の「{ $sibling-key }」より深く字下げされています。「{ $sibling-key }」には内容がもう書いてあるので、その中に項目を入れることはできません。
syntax-too-deep-hint = 「{ $key }」の行の始めを{ $sibling-spaces ->
         [0] 空白なし
        *[other] 半角スペース{ $sibling-spaces }個
    }にして、「{ $sibling-key }」とそろえてください。
syntax-too-deep-hint-parent = 「{ $key }」の行の始めを{ $sibling-spaces ->
         [0] 空白なし
        *[other] 半角スペース{ $sibling-spaces }個
    }にして、「{ $sibling-key }」とそろえてください。{ $parent-line }行目の「{ $parent-key }:」（「:」のあとが空）の中に入れるつもりなら、「{ $sibling-key }」と「{ $key }」の行を、どちらも{ $inside-spaces ->
         [0] 空白なし
        *[other] 半角スペース{ $inside-spaces }個
    }にしてください。

syntax-too-deep-hint-parent-lines = { $parent-line }行目の「{ $parent-key }:」（「:」のあとが空）の中に入れるつもりなら、{ $from-line }行目から「{ $key }」の行までを、どれも{ $inside-spaces ->
         [0] 空白なし
        *[other] 半角スペース{ $inside-spaces }個
    }で字下げしてください。そうでなければ、「{ $key }」の行の始めを{ $sibling-spaces ->
         [0] 空白なし
        *[other] 半角スペース{ $sibling-spaces }個
    }にして、「{ $sibling-key }」とそろえてください。

syntax-colon-in-item = この行の文の中の「: 」（半角のコロンと空白）が、項目名と内容の区切りと読まれてしまいました。
syntax-colon-in-item-hint = 文の全体を半角の「"」で囲んでください（囲むと、中の「:」はそのまま文として読まれます）。または、文の中の「:」を全角の「：」にしてください。

syntax-key-not-a-word = 項目名の場所に、箇条書きやまとまり（「?」「[ ]」「{"{ }"}」）が書かれています。項目名は1つの言葉です。
syntax-key-not-a-word-hint = 「項目名: 内容」の形で書いてください。「?」で始まる行は使いません。

syntax-list-item-in-map = 「項目名: 内容」の行が並んでいるところに、「- 」で始まる行（箇条書き）があります。
syntax-list-item-in-map-hint = 箇条書きにするときは、「項目名:」だけの行を作り、その下に、字下げを半角スペース2個ふやして「- 」の行を並べてください。
syntax-list-item-in-map-hint-list = { $list-line }行目からの箇条書きの続きなら、「-」の前を{ $list-spaces ->
         [0] 空白なし
        *[other] 半角スペース{ $list-spaces }個
    }にして、{ $list-line }行目の「-」とそろえてください。

syntax-key-in-list = この行は、上の「- 」の行（箇条書き）と同じ深さにありますが、「- 」で始まっていません。
syntax-key-in-list-hint = 新しい箇条書きの項目なら、行の始めを「- 」にしてください。
syntax-key-in-list-hint-key = { $item-line }行目の項目（「{ $item-key }」で始まる項目）の続きなら、行の始めを{ $key-spaces ->
         [0] 空白なし
        *[other] 半角スペース{ $key-spaces }個
    }にして「{ $item-key }」とそろえてください。新しい項目なら、行の始めを「- 」にしてください。

syntax-block-text-indent = { $key-line }行目の「{ $key }: |」（または「>」）のあとの文章は、どの行も同じ位置から書き始めます。この行は、文章の1行目より左から始まっています。
syntax-block-text-indent-hint = 行の始めを{ $spaces ->
         [0] 空白なし
        *[other] 半角スペース{ $spaces }個
    }にして、文章の1行目とそろえてください。

syntax-comment-in-text = 何行かにわたる文の途中に「#」で始まるメモがあり、文がそこで切れてしまっています。
syntax-comment-in-text-hint = 「#」からあとのメモを消すか、項目名の行の上に移してください。「#」も文の一部なら、文の全体を半角の「"」で囲んでください。

syntax-hash-without-space = 「#」の前に空白がないため、メモの印とも内容の一部とも読めません。
syntax-hash-without-space-hint = 「#」からあとをメモにするなら、「#」の前に半角スペースを入れてください。「#」も内容の一部なら、内容の全体を半角の「"」で囲んでください。

syntax-unclosed-quote = ここで始まった「{ $quote }」が閉じられていません。文の終わりにも同じ「{ $quote }」が必要です。
syntax-unclosed-quote-hint = 文の終わりに半角の「{ $quote }」を付けてください。

syntax-quoted-text-indent = 「{ $quote }」で囲んだ文が次の行に続いていますが、続きの行の字下げが足りません。
syntax-quoted-text-indent-hint = 囲んだ文を1行にまとめてください。何行かのままにするときは、続きの行を項目名よりも深く字下げしてください。

syntax-quote-at-start = 内容が「{ $quote }」で始まっているので、次の「{ $quote }」までが内容と読まれ、そのあとの文字が余ってしまいました。
syntax-quote-at-start-hint = 内容の全体を、もう一方の引用符で囲んでください（「'」を含むなら「"」で、「"」を含むなら「'」で囲みます）。

syntax-unclosed-bracket = この「{ $open }」を閉じる「{ $close }」が、同じ行にありません。
syntax-unclosed-bracket-hint = 行の終わりに「{ $close }」を付けてください。「{ $open }」が文の一部なら、内容の全体を半角の「"」で囲んでください。

syntax-text-after-bracket = 内容が「{ $open }」で始まっているため、かっこの中だけが特別な書き方（リストなど）と読まれ、かっこのあとの文字が余ってしまいました。
syntax-text-after-bracket-hint = 内容の全体を半角の「"」で囲んでください（内容に「"」があるときは「'」で囲みます）。

syntax-special-char = 内容の先頭の「{ $char }」は、計画ファイルでは特別な意味を持つ記号なので、そのままでは書き始められません。
syntax-special-char-hint = 内容の全体を半角の「"」で囲んでください（内容に「"」があるときは「'」で囲みます）。

syntax-backslash = 半角の「"」で囲んだ文の中では「\」が特別な意味を持つため、「{ $sequence }」を読めません。
syntax-backslash-hint = 「"」の代わりに「'」で囲んでください。「'」で囲めば「\」はそのまま文字になります。または「\」を「\\」と2つ重ねてください。

syntax-bom = この行の始めに、目に見えない文字（BOM）が入っています。ファイルをつなぎ合わせたときなどに入ります。
syntax-bom-hint = この行をいったん消して、打ち直してください。

syntax-extra-document = 「---」の行があるため、ここから2つ目の計画が始まると読まれました。1つのファイルには計画を1つだけ書きます。
syntax-extra-document-hint = 区切り線のつもりなら、「---」の行を消すか「# ---」にしてください。別の計画なら、別のファイルに分けてください。

syntax-other = 書き方に誤りがあります（{ $message }）。
syntax-other-hint = この行とすぐ上の行の、字下げ（行の始めの空白）、「:」、引用符（" '）、かっこを確かめてください。

syntax-fix = 直した例: { $fix }
