(* A client uses Stack.T through its public methods only. *)
MODULE Client EXPORTS Main;

IMPORT Stack, IO, Fmt;

VAR s := Stack.New();

BEGIN
  s.push(1);
  s.push(2);
  TRY
    IO.Put(Fmt.Int(s.pop() + s.pop()) & Fmt.Int(s.size()) & "\n");
  EXCEPT
  | Stack.Empty => IO.Put("empty\n");
  END;
END Client.
