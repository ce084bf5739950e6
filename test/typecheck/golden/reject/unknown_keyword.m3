(* Keyword arguments must name a parameter of the procedure. *)
MODULE UnknownKeyword EXPORTS Main;

PROCEDURE Pad (text: TEXT; width: CARDINAL := 10): TEXT =
  BEGIN
    IF width > 0 THEN RETURN text END;
    RETURN "";
  END Pad;

BEGIN
  EVAL Pad("x", widht := 4);
END UnknownKeyword.
