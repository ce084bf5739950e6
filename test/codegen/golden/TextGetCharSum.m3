(* Walking a text with Text.GetChar: a simple checksum of the character codes. *)
MODULE TextGetCharSum EXPORTS Main;
IMPORT IO, Fmt, Text;
PROCEDURE Sum (t: TEXT): INTEGER =
  VAR s := 0;
  BEGIN
    FOR i := 0 TO Text.Length(t) - 1 DO INC(s, ORD(Text.GetChar(t, i))) END;
    RETURN s
  END Sum;
BEGIN
  IO.Put(Fmt.Int(Sum("")) & " " & Fmt.Int(Sum("A")) & " " & Fmt.Int(Sum("abc")) & " " & Fmt.Int(Sum("0123456789")) & "\n")
END TextGetCharSum.
