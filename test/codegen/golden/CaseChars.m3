(* CASE on CHAR with character ranges. *)
MODULE CaseChars EXPORTS Main;
IMPORT IO, Text;
PROCEDURE Kind (c: CHAR): TEXT =
  BEGIN
    CASE c OF
    | 'a' .. 'z' => RETURN "l"
    | 'A' .. 'Z' => RETURN "U"
    | '0' .. '9' => RETURN "d"
    | ' ' => RETURN "_"
    ELSE RETURN "?"
    END
  END Kind;
VAR t := "Hi 2U!"; out := "";
BEGIN
  FOR i := 0 TO Text.Length(t) - 1 DO out := out & Kind(Text.GetChar(t, i)) END;
  IO.Put(out & "\n")
END CaseChars.
