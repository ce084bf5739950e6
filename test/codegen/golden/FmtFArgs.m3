(* Fmt.F replaces each %s by the next argument in order; a % that starts no specifier stays as it is. *)
MODULE FmtFArgs EXPORTS Main;
IMPORT IO, Fmt;
BEGIN
  IO.Put(Fmt.F("%s\n", "one"));
  IO.Put(Fmt.F("%s=%s, %s=%s\n", "a", "1", "b", "2"));
  IO.Put(Fmt.F("%s%s%s%s%s\n", "1", "2", "3", "4", "5"));
  IO.Put(Fmt.F("%s of %s is 100% done\n", Fmt.Int(7), Fmt.Int(7)));
  IO.Put(Fmt.F("no arguments\n"))
END FmtFArgs.
