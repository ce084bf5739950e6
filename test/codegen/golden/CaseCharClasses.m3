(* CASE on CHAR: labels list single characters and ranges; ELSE catches the rest. *)
MODULE CaseCharClasses EXPORTS Main;
IMPORT IO, Fmt, Text;
VAR text := "Hi, 42 m3!"; digits, letters, blanks, other := 0;
BEGIN
  FOR i := 0 TO Text.Length(text) - 1 DO
    CASE Text.GetChar(text, i) OF
    | '0' .. '9' => INC(digits)
    | 'a' .. 'z', 'A' .. 'Z' => INC(letters)
    | ' ', '\t' => INC(blanks)
    ELSE INC(other)
    END
  END;
  IO.Put(text & ": " & Fmt.Int(digits) & " " & Fmt.Int(letters) & " " & Fmt.Int(blanks) & " " & Fmt.Int(other) & "\n")
END CaseCharClasses.
