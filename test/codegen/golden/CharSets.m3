(* SET OF CHAR (256 elements, four words in memory): constructors with ranges, IN, and the set
   operators, which the runtime applies word by word. *)
MODULE CharSets EXPORTS Main;
IMPORT IO, Fmt, Text;
TYPE Chars = SET OF CHAR;
CONST Vowels = Chars{'a', 'e', 'i', 'o', 'u'};
VAR letters := Chars{'a' .. 'z'}; digits := Chars{'0' .. '9'}; t := "Modula-3 rocks"; n := 0; c: CHAR;
BEGIN
  FOR i := 0 TO Text.Length(t) - 1 DO
    c := Text.GetChar(t, i);
    IF c IN letters - Vowels THEN INC(n) END
  END;
  IO.Put(Fmt.Int(n) & " consonants; ");
  IO.Put(Fmt.Bool('7' IN digits + letters) & " " & Fmt.Bool('7' IN letters * digits) & " ");
  IO.Put(Fmt.Bool(Vowels <= letters) & " " & Fmt.Bool(Vowels < Vowels) & " " & Fmt.Bool(letters / letters = Chars{}) & " " & Fmt.Bool(Chars{'\377'} # Chars{}) & "\n")
END CharSets.
