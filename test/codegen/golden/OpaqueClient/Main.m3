(* A client of opaque types revealed in another module: method calls, NEW, and the type tests
   ISTYPE, NARROW and TYPECASE, which ask the revealing module for the type's descriptor. *)
MODULE Main;
IMPORT IO, Fmt, Counter;

TYPE Other = Counter.Public OBJECT OVERRIDES inc := OtherInc; get := OtherGet END;

PROCEDURE OtherInc (o: Other) = BEGIN END OtherInc;
PROCEDURE OtherGet (o: Other): INTEGER = BEGIN RETURN -1 END OtherGet;

PROCEDURE Describe (r: REFANY): TEXT =
  BEGIN
    TYPECASE r OF
    | NULL => RETURN "NIL"
    | Counter.T (c) => RETURN "Counter.T at " & Fmt.Int(c.get())
    | Counter.Public (p) => RETURN "another Public at " & Fmt.Int(p.get())
    | Counter.Box (b) => RETURN "Box of " & Fmt.Int(Counter.Unbox(b))
    ELSE RETURN "something else"
    END
  END Describe;

VAR
  c := Counter.New();
  d := NEW(Counter.T);
  o := NEW(Other);
  b := Counter.NewBox(42);
  r: REFANY;
  p: Counter.Public;
BEGIN
  c.inc(); c.inc(); d.inc();
  IO.Put("c.get() = " & Fmt.Int(c.get()) & ", d.get() = " & Fmt.Int(d.get()) & "\n");
  r := c;
  IO.Put("ISTYPE(c, T) " & Fmt.Bool(ISTYPE(r, Counter.T)) & "\n");
  IO.Put("ISTYPE(c, Public) " & Fmt.Bool(ISTYPE(r, Counter.Public)) & "\n");
  IO.Put("ISTYPE(c, Box) " & Fmt.Bool(ISTYPE(r, Counter.Box)) & "\n");
  r := o;
  IO.Put("ISTYPE(o, T) " & Fmt.Bool(ISTYPE(r, Counter.T)) & "\n");
  r := b;
  IO.Put("ISTYPE(b, Box) " & Fmt.Bool(ISTYPE(r, Counter.Box)) & "\n");
  IO.Put("ISTYPE(b, T) " & Fmt.Bool(ISTYPE(r, Counter.T)) & "\n");
  r := NIL;
  IO.Put("ISTYPE(NIL, T) " & Fmt.Bool(ISTYPE(r, Counter.T)) & "\n");
  p := c;
  r := p;
  c := NARROW(r, Counter.T);
  c.inc();
  IO.Put("after NARROW: " & Fmt.Int(c.get()) & "\n");
  IO.Put(Describe(c) & "\n" & Describe(o) & "\n" & Describe(b) & "\n" & Describe(NIL) & "\n");
  IO.Put(Describe(NEW(REF INTEGER)) & "\n")
END Main.
