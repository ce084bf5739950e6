(* Arrays of TEXT and an open array of TEXT built at run time, joined with a separator. *)
MODULE TextArrays EXPORTS Main;
IMPORT IO, Fmt;
PROCEDURE Join (READONLY parts: ARRAY OF TEXT; sep: TEXT): TEXT =
  VAR out := "";
  BEGIN
    FOR i := 0 TO LAST(parts) DO
      IF i > 0 THEN out := out & sep END;
      out := out & parts[i]
    END;
    RETURN out
  END Join;
VAR words := NEW(REF ARRAY OF TEXT, 4);
BEGIN
  FOR i := 0 TO 3 DO words[i] := "w" & Fmt.Int(i) END;
  IO.Put(Join(words^, ", ") & "; " & Join(ARRAY OF TEXT{"a", "b"}, "+") & "\n")
END TextArrays.
