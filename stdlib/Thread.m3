(* Thread: until the kernel provides strands there is one thread; LOCK and mutexes do nothing. *)
MODULE Thread;

REVEAL
  T = BRANDED "Spindle.Thread" REF RECORD result: REFANY END;
  Condition = BRANDED "Spindle.Condition" OBJECT END;

VAR self := NEW(T);

PROCEDURE Fork (cl: Closure): T =
  BEGIN
    RETURN NEW(T, result := cl.apply())
  END Fork;

PROCEDURE Join (t: T): REFANY =
  BEGIN
    RETURN t.result
  END Join;

PROCEDURE Acquire (m: Mutex) = BEGIN END Acquire;
PROCEDURE Release (m: Mutex) = BEGIN END Release;
PROCEDURE Wait (m: Mutex; c: Condition) = BEGIN END Wait;
PROCEDURE Signal (c: Condition) = BEGIN END Signal;
PROCEDURE Broadcast (c: Condition) = BEGIN END Broadcast;

PROCEDURE Self (): T =
  BEGIN
    RETURN self
  END Self;

PROCEDURE Alert (t: T) = BEGIN END Alert;

PROCEDURE TestAlert (): BOOLEAN =
  BEGIN
    RETURN FALSE
  END TestAlert;

PROCEDURE AlertWait (m: Mutex; c: Condition) RAISES {Alerted} = BEGIN END AlertWait;

PROCEDURE Pause (n: LONGREAL) = BEGIN END Pause;

BEGIN
END Thread.
