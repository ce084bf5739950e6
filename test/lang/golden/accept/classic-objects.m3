(* Objects and methods in the style of the Modula-3 report's examples. *)
MODULE Queues;

IMPORT IO, Fmt;

TYPE
  Queue = OBJECT
    head, tail: Elem := NIL;
  METHODS
    enqueue(x: INTEGER) := Enqueue;
    dequeue(): INTEGER := Dequeue;
    isEmpty(): BOOLEAN := IsEmpty;
  END;
  Elem = REF RECORD val: INTEGER; next: Elem END;
  CountingQueue = Queue OBJECT
    n: CARDINAL := 0;
  OVERRIDES
    enqueue := CountingEnqueue;
  END;

PROCEDURE Enqueue(q: Queue; x: INTEGER) =
  VAR e := NEW(Elem, val := x);
  BEGIN
    IF q.head = NIL THEN q.head := e ELSE q.tail.next := e END;
    q.tail := e
  END Enqueue;

PROCEDURE Dequeue(q: Queue): INTEGER =
  VAR x := q.head.val;
  BEGIN
    q.head := q.head.next;
    RETURN x
  END Dequeue;

PROCEDURE IsEmpty(q: Queue): BOOLEAN =
  BEGIN
    RETURN q.head = NIL
  END IsEmpty;

PROCEDURE CountingEnqueue(q: CountingQueue; x: INTEGER) =
  BEGIN
    INC(q.n);
    Queue.enqueue(q, x)
  END CountingEnqueue;

VAR q: Queue := NEW(CountingQueue);

BEGIN
  FOR i := 1 TO 5 DO q.enqueue(i * i) END;
  WHILE NOT q.isEmpty() DO
    IO.Put(Fmt.Int(q.dequeue()) & "\n")
  END;
  IO.Put(Fmt.Int(NARROW(q, CountingQueue).n) & " enqueued\n")
END Queues.
