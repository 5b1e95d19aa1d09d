# El acompañamiento: hoy, el plan y la vista del facilitador.
nav-training = Formación
engagement-builder = Facilitador/a: { $name }
engagement-dates = Del { $start } al { $end }
engagement-sections = Partes de la formación
engagement-plan = El plan
engagement-deliverables = Entregables
engagement-challenges = Registro de desafíos
engagement-calls = Llamadas
engagement-curriculum = Módulos
today-title = Hoy
today-day = Día { $day } de { $days }
today-weekend = Fin de semana: luego viene el día { $day }
today-before = { $count ->
    [one] La formación empieza mañana
   *[other] La formación empieza en { $count } días
}
today-after = Las dos semanas han terminado
today-progress = { $percent } % del plan hecho
today-tasks = Qué hacer el { $date }
today-no-tasks = No hay nada planeado para este día.
today-behind = { $count ->
    [one] Una tarea anterior aún no está hecha
   *[other] { $count } tareas anteriores aún no están hechas
}
today-deliverables = Entregables
today-due = vence el { $date }
today-overdue = vencido
today-open-challenges = { $count ->
    [one] Hay un desafío abierto
   *[other] Hay { $count } desafíos abiertos
}
today-next-call = Próxima llamada
today-join = Entrar a la llamada
today-agenda = Agenda
today-no-call = Aún no hay ninguna llamada programada.
task-watch = Mira el video: { $module }
task-read = Lee: { $module }
task-answer = Responde las preguntas de discusión: { $module }
task-produce = Trabaja en tu { $deliverable }
task-mark-done = Marcar como hecha
task-undo = Marcar como no hecha
work-kind-campaign_plan = plan de campaña
work-kind-smart_objective = objetivo SMART
work-kind-survey = encuesta
work-kind-pilot_report = informe del piloto
work-kind-challenges_log = registro de desafíos
work-state-draft = borrador
work-state-submitted = enviado, esperando revisión
work-state-changes_requested = cambios solicitados
work-state-accepted = aceptado
work-late = con retraso
plan-title = El plan de dos semanas
plan-day = Día { $day }, { $date }
plan-tailor = Cambiar esta tarea
plan-task-title = Tarea
plan-task-title-hint = Qué debe hacer el equipo, en una frase corta.
plan-task-details = Detalles
plan-task-details-hint = Opcional: cómo se relaciona con la campaña de la organización.
plan-task-day = Día
plan-task-day-hint = Un día hábil de la formación, del 1 al 10.
plan-rewrite = Guardar la tarea
plan-up = Subir
plan-down = Bajar
plan-move-to = Mover al día
plan-move = Mover
plan-remove = Quitar del plan
plan-note = Nota
plan-note-hint = Relaciona la formación con la campaña de la organización: ejemplos, contactos, en qué enfocarse.
plan-add-note = Agregar la nota
plan-note-by = Nota de { $name }
plan-notes = Notas para todo el plan
plan-no-notes = Aún no hay notas.
plan-add = Agregar una tarea
plan-add-task = Agregar la tarea
plan-error-title-empty = Escribe qué pide la tarea.
plan-error-title-long = La tarea debe tener menos de 200 caracteres; pon el resto en los detalles.
plan-error-details-long = Los detalles son demasiado largos (4000 caracteres como máximo).
plan-error-day = Elige un día hábil del 1 al 10.
plan-error-note-empty = Escribe la nota antes de agregarla.
plan-error-note-long = La nota es demasiado larga (4000 caracteres como máximo).
overview-title = Organizaciones en formación
overview-none = Aún no hay acompañamientos.
overview-waiting = { $count ->
    [0] No tienes nada pendiente.
    [one] Tienes una cosa pendiente.
   *[other] Tienes { $count } cosas pendientes.
}
overview-review = Revisar el { $deliverable }
overview-challenges = { $count ->
    [one] Un desafío necesita tu orientación
   *[other] { $count } desafíos necesitan tu orientación
}
overview-overdue = { $count ->
    [one] Un entregable está vencido
   *[other] { $count } entregables están vencidos
}
overview-next-call = Próxima llamada: { $time }
