(* Thread: one thread for now; Self is stable, mutexes lock and unlock, Fork runs its closure. *)
MODULE ThreadStub EXPORTS Main;
IMPORT IO, Fmt, Thread;
TYPE Job = Thread.Closure OBJECT n: INTEGER OVERRIDES apply := Run END;
PROCEDURE Run (self: Job): REFANY =
  VAR r := NEW(REF INTEGER);
  BEGIN
    r^ := self.n * 2;
    RETURN r
  END Run;
VAR m := NEW(Thread.Mutex); t: Thread.T;
BEGIN
  Thread.Acquire(m); Thread.Release(m);
  LOCK m DO IO.Put(Fmt.Bool(Thread.Self() = Thread.Self()) & "\n") END;
  t := Thread.Fork(NEW(Job, n := 21));
  IO.Put(Fmt.Int(NARROW(Thread.Join(t), REF INTEGER)^) & "\n")
END ThreadStub.
