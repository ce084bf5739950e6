(* <*UNUSED*> silences the warning for a variable or parameter that is deliberately unused. *)
MODULE UnusedPragma EXPORTS Main;

IMPORT IO;

PROCEDURE Handler (<*UNUSED*> code: INTEGER) =
  VAR <*UNUSED*> scratch: INTEGER;
  BEGIN
    IO.Put("handled\n");
  END Handler;

BEGIN
  Handler(1);
END UnusedPragma.
