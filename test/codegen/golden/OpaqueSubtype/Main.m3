(* A client subtype of an opaque object type revealed in another module: its own field follows
   the hidden ones, whose size the client reads at run time. *)
MODULE Main;
IMPORT IO, Fmt, Counter;

TYPE Mine = Counter.T OBJECT extra: INTEGER OVERRIDES get := MyGet END;

PROCEDURE MyGet (m: Mine): INTEGER = BEGIN RETURN m.extra END MyGet;

VAR m := NEW(Mine, extra := 7);
BEGIN
  m.inc();
  IO.Put(Fmt.Int(m.get()) & "\n")
END Main.
