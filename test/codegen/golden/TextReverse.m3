(* A text becomes an array with Text.SetChars and back with Text.FromChars, here reversed in between. *)
MODULE TextReverse EXPORTS Main;
IMPORT IO, Text;
PROCEDURE Reverse (t: TEXT): TEXT =
  VAR a := NEW(REF ARRAY OF CHAR, Text.Length(t)); c: CHAR;
  BEGIN
    Text.SetChars(a^, t);
    FOR i := 0 TO LAST(a^) DIV 2 DO
      c := a[i]; a[i] := a[LAST(a^) - i]; a[LAST(a^) - i] := c
    END;
    RETURN Text.FromChars(a^)
  END Reverse;
BEGIN
  IO.Put(Reverse("stressed") & "\n");
  IO.Put("[" & Reverse("") & "] [" & Reverse("x") & "] [" & Reverse("ab") & "]\n")
END TextReverse.
