(* Character arithmetic through ORD and VAL: a Caesar shift. *)
MODULE CharArith EXPORTS Main;
IMPORT IO, Text;
VAR msg := "attack at dawn"; out := ""; c: CHAR;
BEGIN
  FOR i := 0 TO Text.Length(msg) - 1 DO
    c := Text.GetChar(msg, i);
    IF c >= 'a' AND c <= 'z' THEN c := VAL((ORD(c) - ORD('a') + 3) MOD 26 + ORD('a'), CHAR) END;
    out := out & Text.FromChar(c)
  END;
  IO.Put(out & "\n")
END CharArith.
