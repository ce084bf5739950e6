(* Three independent mistakes: each is reported once, with nothing cascading from it. *)
MODULE Multi;

VAR total: INTEGER

PROCEDURE Add(x: INTEGER) =
  BEGIN
    total := total + x
    Report(total);
  END Add;

PROCEDURE Report(n: INTEGER) =
  BEGIN
    IF n > 10 THEN n = 0 END;
  END Report;

BEGIN
  Add(1)
END Multi.
