(* Two separately compiled modules share objects (methods of one run on objects the other holds)
   and raise exceptions across each other in both directions. *)
MODULE Main;

IMPORT IO, Fmt, Counters;

EXCEPTION Stop(TEXT);

<*FATAL ANY*>

PROCEDURE Stopper (c: Counters.T) RAISES ANY =
  BEGIN
    RAISE Stop("stopped at " & Fmt.Int(c.count))
  END Stopper;

VAR a := Counters.New(10); b := Counters.New(3);

BEGIN
  a.add(4);
  IO.Put(a.describe() & "\n");
  TRY
    b.add(2);
    b.add(2)
  EXCEPT
  | Counters.TooBig (n) => IO.Put("TooBig " & Fmt.Int(n) & " from the other module\n")
  END;
  TRY
    Counters.Visit(a, Stopper)
  EXCEPT
  | Stop (why) => IO.Put("Stop came back through Counters: " & why & "\n")
  END;
  IO.Put(a.describe() & ", created " & Fmt.Int(Counters.created) & "\n")
END Main.
