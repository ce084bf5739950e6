(* TEXT values: literals with escapes, concatenation with &, and the Text interface. *)
MODULE Texts EXPORTS Main;

IMPORT IO, Text, Fmt;

CONST Quote = "She said \"hi\"\n\t\\done\\";

VAR
  t := "abc" & Fmt.Char('d');
  buffer: ARRAY [0 .. 3] OF CHAR;

BEGIN
  Text.SetChars(buffer, t);
  IF Text.Equal(Text.Sub(t, 1, 2), "bc") AND Text.GetChar(t, 0) = 'a' THEN
    IO.Put(Quote & Text.FromChars(buffer) & Fmt.Int(Text.FindChar(t, 'c')) & "\n");
  END;
END Texts.
