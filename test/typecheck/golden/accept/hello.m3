(* The smallest program: a module exporting Main, printing through the IO interface. *)
MODULE Hello EXPORTS Main;

IMPORT IO;

BEGIN
  IO.Put("Hello, world!\n");
END Hello.
