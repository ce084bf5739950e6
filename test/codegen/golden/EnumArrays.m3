(* Arrays indexed by an enumeration and by CHAR. *)
MODULE EnumArrays EXPORTS Main;
IMPORT IO, Fmt, Text;
TYPE Color = {Red, Green, Blue};
CONST Names = ARRAY Color OF TEXT{"red", "green", "blue"};
VAR counts: ARRAY CHAR OF INTEGER; t := "banana";
BEGIN
  FOR c := FIRST(Color) TO LAST(Color) DO IO.Put(Names[c] & " ") END;
  FOR ch := FIRST(CHAR) TO LAST(CHAR) DO counts[ch] := 0 END;
  FOR i := 0 TO Text.Length(t) - 1 DO INC(counts[Text.GetChar(t, i)]) END;
  IO.Put(Fmt.Int(counts['a']) & Fmt.Int(counts['n']) & Fmt.Int(counts['b']) & Fmt.Int(counts['z']) & "\n")
END EnumArrays.
