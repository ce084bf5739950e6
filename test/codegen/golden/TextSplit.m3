(* Splitting a text into words with Text.FindChar and Text.Sub. *)
MODULE TextSplit EXPORTS Main;
IMPORT IO, Text;
VAR line := "alpha beta  gamma"; start := 0; blank: INTEGER;
BEGIN
  LOOP
    blank := Text.FindChar(line, ' ', start);
    IF blank < 0 THEN blank := Text.Length(line) END;
    IO.Put("<" & Text.Sub(line, start, blank - start) & ">\n");
    IF blank >= Text.Length(line) THEN EXIT END;
    start := blank + 1
  END
END TextSplit.
