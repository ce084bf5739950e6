(* A parameter can be given only once. *)
MODULE DuplicateKeyword EXPORTS Main;

PROCEDURE Pad (text: TEXT; width: CARDINAL := 10): TEXT =
  BEGIN
    IF width > 0 THEN RETURN text END;
    RETURN "";
  END Pad;

BEGIN
  EVAL Pad("x", width := 4, width := 5);
END DuplicateKeyword.
