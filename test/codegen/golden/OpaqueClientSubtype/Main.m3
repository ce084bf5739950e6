(* Subtypes of an opaque object type revealed in another module: own fields (a TEXT and a REF
   that must survive collections), own methods, overrides that call the hidden implementation,
   inherited methods, NEW with defaults and bindings, type tests, and a two-level chain. *)
MODULE Main;
IMPORT IO, Fmt, Counter;

TYPE
  Loud = Counter.T OBJECT
    shouts: INTEGER := 7;
    name: TEXT := "loud";
    box: REF INTEGER := NIL;
  METHODS
    shout (): TEXT := Shout;
  OVERRIDES
    inc := LoudInc;
  END;
  Louder = Loud OBJECT
    volume := 11;
  OVERRIDES
    shout := LouderShout;
  END;

PROCEDURE Shout (l: Loud): TEXT =
  BEGIN
    RETURN l.name & "!" & Fmt.Int(l.shouts)
  END Shout;

PROCEDURE LouderShout (l: Louder): TEXT =
  BEGIN
    RETURN Loud.shout(l) & " at " & Fmt.Int(l.volume)
  END LouderShout;

(* Bound in NEW(Counter.T, inc := Twice): the hidden implementation, twice. *)
PROCEDURE Twice (c: Counter.T) =
  BEGIN
    Counter.T.inc(c);
    Counter.T.inc(c)
  END Twice;

(* The override counts, then runs the hidden implementation it replaced. *)
PROCEDURE LoudInc (l: Loud) =
  BEGIN
    INC(l.shouts);
    Counter.T.inc(l)
  END LoudInc;

PROCEDURE Describe (r: REFANY): TEXT =
  BEGIN
    TYPECASE r OF
    | NULL => RETURN "NIL"
    | Louder (x) => RETURN "Louder " & x.shout()
    | Loud (x) => RETURN "Loud " & x.shout()
    | Counter.T (c) => RETURN "Counter.T " & Fmt.Int(c.get())
    ELSE RETURN "other"
    END
  END Describe;

VAR
  l := NEW(Loud);
  m := NEW(Louder, name := "louder", shouts := 1);
  c := Counter.New();
  named := NEW(Counter.T, label := "named");
  twice := NEW(Counter.T, inc := Twice);
  keep: ARRAY [0 .. 9] OF Loud;
  junk, small: REF ARRAY OF INTEGER;
  tiny: REF INTEGER;
  text: TEXT;
  r: REFANY;
  sum := 0;
BEGIN
  IO.Put("defaults: " & l.label & " " & Fmt.Int(l.get()) & " " & l.shout() & "\n");
  l.inc();
  l.inc();
  IO.Put("after 2 inc: get " & Fmt.Int(l.get()) & ", peek " & Fmt.Int(Counter.Peek(l))
           & ", shouts " & Fmt.Int(l.shouts) & "\n");
  Counter.Bump(l, 3);
  IO.Put("after Bump 3: " & Fmt.Int(l.get()) & " " & l.shout() & "\n");
  IO.Put("louder: " & m.shout() & " " & Fmt.Int(m.get()) & "\n");
  m.inc();
  IO.Put("louder after inc: " & m.shout() & " " & Fmt.Int(Counter.Peek(m)) & "\n");
  (* own reference fields survive collections *)
  FOR i := 0 TO 9 DO
    keep[i] := NEW(Loud, name := "k" & Fmt.Int(i), shouts := i);
    keep[i].box := NEW(REF INTEGER);
    keep[i].box^ := i * i;
    Counter.Bump(keep[i], 2);
  END;
  (* garbage of the same sizes as the kept objects' referents, so a cell freed by mistake is
     reused and overwritten *)
  FOR k := 1 TO 6000 DO
    junk := NEW(REF ARRAY OF INTEGER, 1000);
    junk[0] := k;
    small := NEW(REF ARRAY OF INTEGER, 4);
    FOR j := 0 TO 3 DO small[j] := -1000 END;
    tiny := NEW(REF INTEGER);
    tiny^ := -1000;
    text := "x" & Fmt.Int(k)
  END;
  FOR i := 0 TO 9 DO sum := sum + keep[i].box^ + keep[i].shouts + Counter.Noted(keep[i]) END;
  IO.Put("kept: " & keep[9].shout() & " " & keep[3].label & " sum " & Fmt.Int(sum) & "\n");
  named.inc();
  twice.inc();
  IO.Put("named: " & named.label & " " & Fmt.Int(named.get()) & ", twice: " & twice.label & " "
           & Fmt.Int(twice.get()) & "\n");
  IO.Put("bound to NIL: " & Fmt.Bool(NEW(Counter.T, label := NIL).label = NIL) & " "
           & Fmt.Bool(NEW(Loud, label := NIL).label = NIL) & "\n");
  r := twice;
  IO.Put("ISTYPE(twice, Counter.T) " & Fmt.Bool(ISTYPE(r, Counter.T)) & ", ISTYPE(twice, Loud) "
           & Fmt.Bool(ISTYPE(r, Loud)) & "\n");
  r := l;
  IO.Put("ISTYPE(l, Loud) " & Fmt.Bool(ISTYPE(r, Loud)) & ", ISTYPE(l, Louder) "
           & Fmt.Bool(ISTYPE(r, Louder)) & ", ISTYPE(l, Counter.T) "
           & Fmt.Bool(ISTYPE(r, Counter.T)) & "\n");
  r := c;
  IO.Put("ISTYPE(c, Loud) " & Fmt.Bool(ISTYPE(r, Loud)) & "\n");
  r := m;
  IO.Put("NARROW(m, Loud).shout() = " & NARROW(r, Loud).shout() & "\n");
  IO.Put(Describe(l) & "\n" & Describe(m) & "\n" & Describe(c) & "\n" & Describe(NIL) & "\n");
END Main.
