# YAML syntax problems (Problem in syntax.rs).
# Readers are office staff, not programmers: say what happened in terms of keys, values,
# indentation and list items, and what to type to fix it. The caller prefixes the line
# number, so messages say "this line" and name other lines only.
# Arguments: always $line and $column; $fix when there is a corrected line.

syntax-tab = A tab (inserted by the Tab key) is used here. Plan files must use spaces, not tabs, for indentation.
syntax-tab-hint = Delete the tab and type spaces instead, so that the line starts at the same column as the lines it belongs with.

syntax-colon-in-text = The “: ” (colon and space) inside the value of “{ $key }” was read as the separator between a key and its value.
syntax-colon-in-text-hint = Put the whole value in double quotes ("…"); inside quotes a colon is just part of the text (use single quotes '…' if the value contains "). Or write the colon in the text as a full-width “：”.

syntax-full-width-colon = The colon after “{ $key }” is the full-width “：”. The colon after a key must be the ordinary “:”.
syntax-full-width-colon-hint = Replace “：” with “:” and type one space after it.

syntax-full-width-space = A full-width space is used here. Indentation and the space after “:” or “-” must be ordinary spaces.
syntax-full-width-space-hint = Delete the full-width space and type ordinary spaces instead; one full-width space is as wide as two ordinary ones.

syntax-full-width-dash = The list mark is the full-width “{ $mark }”. List items start with the ordinary hyphen “-”.
syntax-full-width-dash-hint = Replace “{ $mark }” with “-” and type one space after it.

syntax-dash-without-space = There is no space after the list mark “-”, so the “-” is read as part of the key.
syntax-dash-without-space-hint = Type one space after “-”.

syntax-colon-without-space = There is no space after the colon following “{ $key }”, so the whole line is read as one piece of text.
syntax-colon-without-space-hint = Type one space after “:”.

syntax-missing-colon = This line has no “:” between the key and its value.
syntax-missing-colon-hint = Type “:” and a space right after the key.

syntax-divider = A separator line such as “{ $text }” cannot be written in a plan file as it is.
syntax-divider-hint = Delete the line, or keep it as a comment by starting it with “#”: “# { $text }”.

syntax-misaligned = The indentation of this line ({ $found ->
         [0] 0 spaces
         [one] 1 space
        *[other] { $found } spaces
    }) does not line up with any line above it.
syntax-misaligned-hint = Lines that belong together start at the same column. To go with “{ $deeper-key }” on line { $deeper-line }, indent it by { $deeper-spaces ->
         [0] 0 spaces
         [one] 1 space
        *[other] { $deeper-spaces } spaces
    }; to go with “{ $shallower-key }” on line { $shallower-line }, by { $shallower-spaces ->
         [0] 0 spaces
         [one] 1 space
        *[other] { $shallower-spaces } spaces
    }.
syntax-misaligned-hint-one = Lines that belong together start at the same column. To go with “{ $deeper-key }” on line { $deeper-line }, indent it by { $deeper-spaces ->
         [0] 0 spaces
         [one] 1 space
        *[other] { $deeper-spaces } spaces
    }.

syntax-odd-first-line = This line starts the group that “{ $rest-key }” on line { $rest-line } belongs to, but its indentation differs from the lines after it.
syntax-odd-first-line-hint = Indent it by { $rest-spaces ->
         [0] 0 spaces
         [one] 1 space
        *[other] { $rest-spaces } spaces
    }, like “{ $rest-key }” on line { $rest-line }.

syntax-too-deep = “{ $key }” is indented more than “{ $sibling-key }” on line { $sibling-line }, which already has a value and so cannot contain anything.
syntax-too-deep-hint = Indent “{ $key }” by { $sibling-spaces ->
         [0] 0 spaces
         [one] 1 space
        *[other] { $sibling-spaces } spaces
    }, like “{ $sibling-key }”.
syntax-too-deep-hint-parent = Indent “{ $key }” by { $sibling-spaces ->
         [0] 0 spaces
         [one] 1 space
        *[other] { $sibling-spaces } spaces
    }, like “{ $sibling-key }”. If both belong inside “{ $parent-key }:” on line { $parent-line } (nothing after its colon), indent both “{ $sibling-key }” and “{ $key }” by { $inside-spaces ->
         [0] 0 spaces
         [one] 1 space
        *[other] { $inside-spaces } spaces
    } instead.

syntax-too-deep-hint-parent-lines = If these lines belong inside “{ $parent-key }:” on line { $parent-line } (nothing after its colon), indent every line from line { $from-line } to “{ $key }” by { $inside-spaces ->
         [0] 0 spaces
         [one] 1 space
        *[other] { $inside-spaces } spaces
    }. Otherwise indent “{ $key }” by { $sibling-spaces ->
         [0] 0 spaces
         [one] 1 space
        *[other] { $sibling-spaces } spaces
    }, like “{ $sibling-key }”.

syntax-colon-in-item = the ": " (colon and space) in this text was read as the separator between a key and its value.
syntax-colon-in-item-hint = Put the whole text in double quotes ("…"); inside quotes a colon is just part of the text. Or write the colon as a full-width "：".

syntax-key-not-a-word = a list or a group ("?", "[ ]", "{"{ }"}") stands where a key belongs; a key is one word.
syntax-key-not-a-word-hint = write "key: value"; lines starting with "?" are not used.

syntax-list-item-in-map = A list item (a line starting with “- ”) stands among “key: value” lines.
syntax-list-item-in-map-hint = To make a list, write a line with just the key and a colon, then the “- ” lines under it, indented by two more spaces.
syntax-list-item-in-map-hint-list = If it continues the list that starts on line { $list-line }, put { $list-spaces ->
         [0] 0 spaces
         [one] 1 space
        *[other] { $list-spaces } spaces
    } before the “-”, like on line { $list-line }.

syntax-key-in-list = This line is as deep as the list items (“- ”) above it but does not start with “- ”.
syntax-key-in-list-hint = If it is a new list item, start it with “- ”.
syntax-key-in-list-hint-key = If it belongs to the item on line { $item-line } (the one with “{ $item-key }”), indent it by { $key-spaces ->
         [0] 0 spaces
         [one] 1 space
        *[other] { $key-spaces } spaces
    }, like “{ $item-key }”. If it is a new item, start it with “- ”.

syntax-block-text-indent = The lines of the text after “{ $key }: |” (or “>”) on line { $key-line } must all start at the same column; this line starts left of the text's first line.
syntax-block-text-indent-hint = Indent this line by { $spaces ->
         [0] 0 spaces
         [one] 1 space
        *[other] { $spaces } spaces
    }, like the first line of the text.

syntax-comment-in-text = A note starting with “#” interrupts a text that goes over several lines, so the text ends there.
syntax-comment-in-text-hint = Delete the note from “#” on, or move it above the key's line. If the “#” is part of the text, put the whole text in double quotes ("…").

syntax-hash-without-space = There is no space before “#”, so it can be read neither as the start of a note nor as part of the value.
syntax-hash-without-space-hint = To start a note, type a space before “#”. If the “#” is part of the value, put the whole value in double quotes ("…").

syntax-unclosed-quote = The quote { $quote } that starts here is never closed.
syntax-unclosed-quote-hint = Type { $quote } at the end of the text as well.

syntax-quoted-text-indent = A text in { $quote } quotes goes on to the next line, but the next line is not indented enough.
syntax-quoted-text-indent-hint = Join the quoted text into one line. To keep several lines, indent the following lines more than the key.

syntax-quote-at-start = The value starts with { $quote }, so only the text up to the next { $quote } was read as the value and the rest is left over.
syntax-quote-at-start-hint = Put the whole value in the other kind of quotes: double quotes if it contains ', single quotes if it contains ".

syntax-unclosed-bracket = The “{ $open }” has no matching “{ $close }” on the same line.
syntax-unclosed-bracket-hint = Type “{ $close }” at the end of the line. If the “{ $open }” is part of a text, put the whole value in double quotes ("…").

syntax-text-after-bracket = The value starts with “{ $open }”, so only what is inside the brackets was read (as a list or similar) and the text after them is left over.
syntax-text-after-bracket-hint = Put the whole value in double quotes ("…"), or in single quotes ('…') if the value contains ".

syntax-special-char = A value cannot start with “{ $char }” as it is: the character has a special meaning in plan files.
syntax-special-char-hint = Put the whole value in double quotes ("…"), or in single quotes ('…') if the value contains ".

syntax-backslash = Inside double quotes a backslash “\” has a special meaning, and “{ $sequence }” is not one of them.
syntax-backslash-hint = Use single quotes ('…') instead: inside them “\” is an ordinary character. Or double each backslash: “\\”.

syntax-bom = An invisible character (a byte order mark) is at the start of this line; it often comes from joining two files.
syntax-bom-hint = Delete this line and type it again.

syntax-extra-document = Because of the “---” line, a second plan starts here. A file holds one plan only.
syntax-extra-document-hint = If it is meant as a separator, delete the line or make it a comment: “# ---”. If it is another plan, move it to a file of its own.

syntax-other = Syntax error ({ $message }).
syntax-other-hint = Check the indentation, the “:”, the quotes (" ') and the brackets on this line and the line above it.

syntax-fix = For example: { $fix }
