(* The classic first program: writes one line to standard output. *)
MODULE Hello EXPORTS Main;

IMPORT IO;

BEGIN
  IO.Put("Hello, Spindle!\n")
END Hello.
