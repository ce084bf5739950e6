(* A client that imports the partial revelation: it reaches the revealed field, passes a
   Counter.T where a CounterRep.Private is expected, and declares a subtype of Counter.T whose
   override reads the revealed field. *)
MODULE Main;
IMPORT IO, Fmt, Counter, CounterRep;

TYPE
  Loud = Counter.T OBJECT
      shouts := 0
    OVERRIDES
      inc := LoudInc
    END;

PROCEDURE LoudInc (self: Loud) =
  BEGIN
    INC(self.shouts);
    self.count := self.count + 100
  END LoudInc;

PROCEDURE Reset (p: CounterRep.Private) = BEGIN p.count := 0 END Reset;

VAR
  c := Counter.New(5);
  loud := NEW(Loud);
  r: REFANY := c;
BEGIN
  c.inc();
  c.count := c.count * 10;
  IO.Put(Fmt.Int(c.get()) & "\n");
  loud.inc();
  loud.inc();
  IO.Put(Fmt.Int(loud.get()) & " after " & Fmt.Int(loud.shouts) & " shouts\n");
  Reset(loud);
  IO.Put(Fmt.Int(loud.count) & " " & Fmt.Bool(ISTYPE(r, CounterRep.Private)) & " "
           & Fmt.Int(NARROW(r, CounterRep.Private).count) & "\n")
END Main.
